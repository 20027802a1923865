using System.Text;
using DisputeBot.Dialog.Deadlines;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DisputeBot.Dialog.Reports;

/// <summary>
/// The deadlines still ahead as an iCalendar file (RFC 5545): one event per date, titled and described in the buyer's
/// language as the deadlines card says it, each with an alarm the day before. The one place a calendar file is made;
/// every channel delivers these bytes. Pure: the plan, the wording and the turn's time in, bytes out.
/// </summary>
/// <remarks>A date is an all-day event on the day the bot states. Only the countdown's own end, when the buyer gave it to
/// the hour ("2 days 5 hours left"), is an event at that moment: no time of day is invented for a date.</remarks>
public sealed class DeadlineCalendar(ReportText text)
{
    public const string MediaType = "text/calendar";

    /// <summary>An all-day event starts at midnight: 15 hours before it is 09:00 on the day before, not the middle of
    /// the night.</summary>
    private static readonly Duration AllDayAlarm = Duration.FromHours(-15);

    private static readonly Duration TimedAlarm = Duration.FromDays(-1);

    /// <summary>An event's title says what the day is ("Last day to ask the seller for more time"), where the card's
    /// title leads into its date ("… at the latest on").</summary>
    private static readonly Dictionary<DeadlineKind, string> TitleKeys = DeadlineCard.KeysOf("calendar.title.");

    private readonly DeadlineCard _card = new(text);

    /// <summary>The dates worth a calendar entry: those not yet behind us (a window already open is no event), each day
    /// once.</summary>
    public static List<Deadline> Ahead(DeadlinePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // The countdown's end is also the last day to open a dispute while nothing cuts it shorter: one event, the one
        // that says what to do.
        var last = plan.Find(DeadlineKind.LastDisputeDay);
        return plan.Deadlines
            .Where(d => d.Status != DeadlineStatus.Passed)
            .Where(d => d.Kind != DeadlineKind.ProtectionEnds || last is null || last.Date != d.Date)
            .ToList();
    }

    /// <param name="plan">The deadlines as the dialog computed them.</param>
    /// <param name="now">The turn's time (the file's DTSTAMP).</param>
    /// <param name="conversationId">Stable for the conversation, so importing a newer file updates its events.</param>
    /// <param name="timerEndsAt">The countdown's end to the minute, when the buyer gave it so.</param>
    public byte[] Build(DeadlinePlan plan, DateTimeOffset now, string conversationId, DateTimeOffset? timerEndsAt = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = new Calendar { ProductId = "-//DisputeBot//Deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", text["calendar.name"]);
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var deadline in Ahead(plan))
        {
            var title = text.Format("calendar.event", ("title", Title(deadline)));
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{deadline.Kind}-{conversationId}@disputebot",
                Summary = title,
                Description = _card.Source(deadline),
                DtStamp = stamp,
                Transparency = "TRANSPARENT",
            };

            var exact = deadline.FromTimer && timerEndsAt is { } end && DateOnly.FromDateTime(end.DateTime) == deadline.Date ? end : (DateTimeOffset?)null;
            if (exact is { } at)
            {
                // A moment, not a span: DTSTART alone is a zero-length event (RFC 5545, 3.6.1).
                calendarEvent.DtStart = new CalDateTime(at.UtcDateTime);
            }
            else
            {
                calendarEvent.DtStart = new CalDateTime(deadline.Date);
                calendarEvent.DtEnd = new CalDateTime(deadline.Date.AddDays(1));
            }

            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = title,
                Trigger = new Trigger(exact is null ? AllDayAlarm : TimedAlarm),
            });
            calendar.Events.Add(calendarEvent);
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }

    private string Title(Deadline deadline)
    {
        var title = text[TitleKeys[deadline.Kind]];
        return deadline.ShownAsEstimate ? text.Format("deadline.estimated", ("title", title)) : title;
    }
}
