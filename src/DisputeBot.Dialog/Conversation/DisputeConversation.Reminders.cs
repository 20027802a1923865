using System.Globalization;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Reminders;
using DisputeBot.Dialog.Reports;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Reminders of the deadlines: offered with one button once there is a date to remind of, listed and
/// cancelled with /reminders, moved when the dates change, and sent when the host's schedule says they are due
/// (<see cref="RemindersDueInput"/>).</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Most reminders offered as cancel buttons at once.</summary>
    private const int MaxReminderButtons = 5;

    /// <summary>Reminders dropped this turn: missed while no instance ran and no longer useful, or superseded.</summary>
    private int _remindersDropped;

    private BuyerClock Clock() => BuyerClock.For(_state, _kit.UsualZone);

    /// <summary>The "remind me" button, while reminders are off and some deadline is still ahead to remind of.</summary>
    internal ReplyChoice? ReminderOffer() =>
        !_state.RemindersOn && ReminderPlanner.Plan(Plan(), Clock(), _localNow, null, null).Count > 0
            ? Choice(ChoiceIds.RemindMe)
            : null;

    /// <summary>The reminder buttons (any message may carry them): on, stop, cancel one, snooze, show the deadlines.</summary>
    private bool ReminderChoice(string choiceId)
    {
        switch (choiceId)
        {
            case ChoiceIds.RemindMe:
                TurnRemindersOn();
                return true;
            case ChoiceIds.StopReminders:
                StopReminders();
                return true;
            case ChoiceIds.ShowDeadlines:
                OnCommand(Command.Deadlines);
                return true;
            case ChoiceIds.Snooze when _state.LastReminder is { } last:
                // The label without its reminder's id (Teams sends the press as text): the last reminder sent.
                Snooze(last);
                return true;
        }

        if (choiceId.StartsWith(ChoiceIds.CancelReminderPrefix, StringComparison.Ordinal))
        {
            CancelReminder(choiceId[ChoiceIds.CancelReminderPrefix.Length..]);
            return true;
        }

        if (choiceId.StartsWith(ChoiceIds.SnoozePrefix, StringComparison.Ordinal))
        {
            Snooze(choiceId[ChoiceIds.SnoozePrefix.Length..]);
            return true;
        }

        return false;
    }

    private void TurnRemindersOn()
    {
        if (_state.Step == DialogStep.New)
        {
            Begin();
            return;
        }

        _state.RemindersOn = true;
        PlanReminders();
        var clock = Clock();
        if (_state.Reminders is not { Count: > 0 } reminders)
        {
            _replies.Add(new TextReply(Text["reminders.nothing_ahead"]));
            _askDue = true;
            return;
        }

        _replies.Add(new TextReply(Text["reminders.on"] + "\n" + ReminderLines(reminders)));
        Report(DialogEventKind.ReminderSet);
        if (clock.Assumed && !_state.ZoneNoted)
        {
            _state.ZoneNoted = true;
            _replies.Add(new TextReply(Text["reminders.zone_assumed"]));
        }
        else
        {
            _replies.Add(new TextReply(Text["reminders.daytime"]));
        }

        _askDue = true;
    }

    private void StopReminders()
    {
        _state.RemindersOn = false;
        _state.Reminders = null;
        _state.RemindersCancelled = null;
        _replies.Add(new TextReply(Text["reminders.stopped"]));
        _askDue = _state.Step != DialogStep.New;
    }

    private void CancelReminder(string id)
    {
        var entry = _state.Reminders?.FirstOrDefault(r => r.Id == id);
        if (entry is null)
        {
            _replies.Add(new TextReply(Text["reminders.already_gone"]));
            _askDue = _state.Step != DialogStep.New;
            return;
        }

        _state.Reminders = _state.Reminders!.Where(r => r.Id != id).ToArray();
        _state.RemindersCancelled = [.. _state.RemindersCancelled ?? [], id];
        _replies.Add(new TextReply(Text.Format("reminders.cancelled", ("reminder", ReminderLine(entry)))));
        _askDue = true;
    }

    /// <summary>"Remind me tomorrow": the same reminder a day later, in the buyer's daytime, while the deadline is
    /// still ahead then; on its last day it is not put off.</summary>
    private void Snooze(string id)
    {
        var clock = Clock();
        var deadline = Plan().Deadlines.FirstOrDefault(d => id.StartsWith(((int)d.Kind).ToString(CultureInfo.InvariantCulture) + "_", StringComparison.Ordinal));
        var lead = int.TryParse(id.AsSpan(id.IndexOf('_') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : -1;
        if (!_state.RemindersOn || deadline is null || lead < 0)
        {
            _replies.Add(new TextReply(Text["reminders.already_gone"]));
            _askDue = _state.Step != DialogStep.New;
            return;
        }

        // Tomorrow at this time; pressed in the buyer's night, tomorrow at the usual reminder hour instead.
        var next = clock.Local(_now).AddDays(1);
        var due = ReminderPlanner.IsDaytime(next) ? next : clock.At(DateOnly.FromDateTime(next.DateTime), ReminderPlanner.SendHour);
        var local = clock.Local(due);
        if (DateOnly.FromDateTime(local.DateTime) > deadline.Date)
        {
            _replies.Add(new TextReply(Text.Format("reminders.no_snooze", ("date", ReportText().Date(deadline.Date)))));
            _askDue = true;
            return;
        }

        var snoozed = new ReminderEntry(deadline.Kind, lead, deadline.Date, due.ToUniversalTime());
        _state.Reminders = [.. (_state.Reminders ?? []).Where(r => r.Id != snoozed.Id), snoozed];
        _replies.Add(new TextReply(Text.Format(
            "reminders.snoozed",
            ("date", ReportText().Date(DateOnly.FromDateTime(local.DateTime))),
            ("time", local.ToString("HH:mm", CultureInfo.InvariantCulture)))));
        _askDue = true;
    }

    /// <summary>/reminders: what is set, with a button to cancel each and one to stop them all; or the offer.</summary>
    private void ListReminders()
    {
        if (!_state.RemindersOn)
        {
            if (Group is not null && ReminderOffer() is { } offer)
            {
                _replies.Add(new ChoicesReply(Text["reminders.none_offer"], [offer], _state.PromptId));
            }
            else
            {
                _replies.Add(new TextReply(Text["reminders.none"]));
            }

            return;
        }

        var reminders = _state.Reminders ?? [];
        if (reminders.Count == 0)
        {
            _replies.Add(new ChoicesReply(Text["reminders.on_none_ahead"], [Choice(ChoiceIds.StopReminders)], _state.PromptId));
            return;
        }

        var buttons = reminders
            .Take(MaxReminderButtons)
            .Select(r => new ReplyChoice(ChoiceIds.CancelReminderPrefix + r.Id, ButtonLabel(Text.Format("reminders.cancel_button", ("when", LeadWords(r)), ("date", ReportText().Date(r.Date))))))
            .Append(Choice(ChoiceIds.StopReminders))
            .ToArray();
        _replies.Add(new ChoicesReply(Text["reminders.list"] + "\n" + ReminderLines(reminders), buttons, _state.PromptId));
    }

    /// <summary>After a turn that may have changed the dates: the reminders follow the deadlines.</summary>
    private void PlanReminders()
    {
        if (!_state.RemindersOn || _forget)
        {
            return;
        }

        var planned = ReminderPlanner.Plan(Plan(), Clock(), _localNow, _state.Reminders, _state.RemindersCancelled);
        if (_state.Reminders is null || !planned.SequenceEqual(_state.Reminders))
        {
            _state.Reminders = planned;
        }
    }

    /// <summary>The host's schedule says reminders are due: each one due is sent if the buyer is awake and its deadline
    /// is still ahead; one that falls in the night waits for the morning; one whose deadline has passed (every
    /// instance was down) is dropped, as is an earlier reminder of the same deadline when a later one is due too.</summary>
    private void OnRemindersDue(DateTimeOffset now)
    {
        var reminders = _state.Reminders;
        if (!_state.RemindersOn || reminders is null || reminders.Count == 0)
        {
            return;
        }

        var clock = Clock();
        var local = clock.Local(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var kept = new List<ReminderEntry>(reminders.Count);
        var send = new List<ReminderEntry>(2);
        foreach (var reminder in reminders)
        {
            if (reminder.DueAt > now)
            {
                kept.Add(reminder);
            }
            else if (today > reminder.Date || reminders.Any(r => r != reminder && r.Kind == reminder.Kind && r.LeadDays < reminder.LeadDays && r.DueAt <= now))
            {
                _remindersDropped++;
            }
            else if (!ReminderPlanner.IsDaytime(local))
            {
                var morning = ReminderPlanner.NextMorning(clock, local);
                if (DateOnly.FromDateTime(clock.Local(morning).DateTime) > reminder.Date)
                {
                    _remindersDropped++;
                }
                else
                {
                    kept.Add(reminder with { DueAt = morning });
                }
            }
            else
            {
                send.Add(reminder);
            }
        }

        if (send.Count == 0 && kept.Count == reminders.Count && _remindersDropped == 0)
        {
            return;
        }

        _state.Reminders = kept;
        _state.LastReminder = send.Count > 0 ? send[^1].Id : _state.LastReminder;
        var text = ReportText();
        foreach (var reminder in send)
        {
            var days = reminder.Date.DayNumber - today.DayNumber;
            var message = text.Format(
                "reminder.text",
                ("title", Text[DeadlineTitleKey(reminder.Kind)]),
                ("date", text.Date(reminder.Date)),
                ("status", days == 0 ? Text["status.today"] : text.Format("status.open", ("days", text.Days(days)))),
                ("todo", Text["reminder.todo." + KindKey(reminder.Kind)]));
            ReplyChoice[] buttons =
            [
                Choice(ChoiceIds.ShowDeadlines),
                new(ChoiceIds.SnoozePrefix + reminder.Id, Text["choice." + ChoiceIds.Snooze]),
                Choice(ChoiceIds.StopReminders),
            ];
            _replies.Add(new ChoicesReply(message, buttons, _state.PromptId));
        }
    }

    private string ReminderLines(IEnumerable<ReminderEntry> reminders) =>
        string.Join("\n", reminders.OrderBy(r => r.DueAt).Select(r => "• " + ReminderLine(r)));

    /// <summary>"Last day to open a dispute, 14 March 2026: the day before". The lead is said in words, never as a
    /// count: every number the bot says comes from the rules or the buyer.</summary>
    private string ReminderLine(ReminderEntry reminder) => Text.Format(
        "reminders.line",
        ("title", Text[DeadlineTitleKey(reminder.Kind)]),
        ("date", ReportText().Date(reminder.Date)),
        ("when", LeadWords(reminder)));

    private string LeadWords(ReminderEntry reminder) => Text["reminders.lead_" + reminder.LeadDays.ToString(CultureInfo.InvariantCulture)];

    private static string KindKey(DeadlineKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static string DeadlineTitleKey(DeadlineKind kind) => "deadline." + KindKey(kind);
}
