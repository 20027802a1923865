using DisputeBot.Dialog.Reports;

namespace DisputeBot.Dialog.Conversation;

/// <summary>"Add to calendar": the deadlines still ahead as a calendar file, offered with one button once there is one.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>The "add to calendar" button, while some deadline is still ahead.</summary>
    internal ReplyChoice? CalendarOffer() =>
        Group is not null && DeadlineCalendar.Ahead(Plan()).Count > 0 ? Choice(ChoiceIds.Calendar) : null;

    /// <summary>/calendar or the button: the file, or what is missing for one.</summary>
    private void SendCalendar()
    {
        var plan = Group is null ? null : Plan();
        if (plan is null || plan.Deadlines.Count == 0)
        {
            _replies.Add(new TextReply(Text["calendar.need_dates"]));
            return;
        }

        if (DeadlineCalendar.Ahead(plan).Count == 0)
        {
            _replies.Add(new TextReply(Text["calendar.none_ahead"]));
            return;
        }

        // Stable for the conversation, so a newer file imported later updates the same events.
        var conversation = (_state.StartedAt ?? _now).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var file = new DeadlineCalendar(ReportText()).Build(plan, _now, conversation, _state.ProtectionEndsAt);
        _replies.Add(new FileReply(Text["calendar.caption"], Text["calendar.file_name"], DeadlineCalendar.MediaType, file));
    }
}
