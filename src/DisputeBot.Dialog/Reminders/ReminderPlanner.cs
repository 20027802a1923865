using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;

namespace DisputeBot.Dialog.Reminders;

/// <summary>
/// Which reminders a buyer gets and when: 3 days and 1 day before the last day to open a dispute (or before protection
/// ends when no last day is known), and on the day for the seller's answer time, the day to escalate and the PayPal
/// escalation day. Sent at <see cref="SendHour"/> on the buyer's clock, never outside <see cref="DayStarts"/> to
/// <see cref="DayEnds"/> (quiet hours).
/// </summary>
internal static class ReminderPlanner
{
    /// <summary>Quiet hours end: nothing is sent before this hour, the buyer's time.</summary>
    public const int DayStarts = 9;

    /// <summary>Quiet hours start: nothing is sent from this hour on.</summary>
    public const int DayEnds = 21;

    /// <summary>The hour a reminder is planned for: early in the buyer's day, leaving it to act.</summary>
    public const int SendHour = 10;

    private static readonly int[] BeforeLastDay = [3, 1];

    private static readonly int[] OnTheDay = [0];

    private static readonly DeadlineKind[] OnTheDayKinds = [DeadlineKind.SellerResponseBy, DeadlineKind.EscalateFrom, DeadlineKind.PayPalEscalateWithin];

    /// <summary>The reminders for <paramref name="plan"/>: an entry the state already holds for the same deadline, lead
    /// and date is kept as it is (a snooze stays); a new one only when it is still ahead; cancelled ones never.</summary>
    public static List<ReminderEntry> Plan(DeadlinePlan plan, BuyerClock clock, DateTimeOffset now, IReadOnlyList<ReminderEntry>? existing, IReadOnlyList<string>? cancelled)
    {
        var entries = new List<ReminderEntry>(4);
        foreach (var (deadline, leads) in Wanted(plan))
        {
            foreach (var lead in leads)
            {
                var entry = new ReminderEntry(deadline.Kind, lead, deadline.Date, clock.At(deadline.Date.AddDays(-lead), SendHour));
                if (cancelled?.Contains(entry.Id) == true)
                {
                    continue;
                }

                if (existing?.FirstOrDefault(e => e.Id == entry.Id && e.Date == entry.Date) is { } kept)
                {
                    entries.Add(kept);
                }
                else if (entry.DueAt > now)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries;
    }

    /// <summary>The deadlines reminded of, with their leads.</summary>
    private static IEnumerable<(Deadline Deadline, int[] Leads)> Wanted(DeadlinePlan plan)
    {
        // Once the dispute is open its own dates matter, not the last day to open one.
        if (plan.Window != DisputeWindow.DisputeOpen && (plan.Find(DeadlineKind.LastDisputeDay) ?? plan.Find(DeadlineKind.ProtectionEnds)) is { } last)
        {
            yield return (last, BeforeLastDay);
        }

        foreach (var kind in OnTheDayKinds)
        {
            if (plan.Find(kind) is { } deadline)
            {
                yield return (deadline, OnTheDay);
            }
        }
    }

    /// <summary>Whether <paramref name="local"/> is inside the buyer's daytime.</summary>
    public static bool IsDaytime(DateTimeOffset local) => local.Hour is >= DayStarts and < DayEnds;

    /// <summary>The next start of the buyer's day after <paramref name="local"/> (a time inside quiet hours).</summary>
    public static DateTimeOffset NextMorning(BuyerClock clock, DateTimeOffset local)
    {
        var day = DateOnly.FromDateTime(local.DateTime);
        return clock.At(local.Hour < DayStarts ? day : day.AddDays(1), DayStarts);
    }
}
