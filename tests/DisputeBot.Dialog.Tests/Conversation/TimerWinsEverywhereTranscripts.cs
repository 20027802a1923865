using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>domain-rules.md "The timer wins": once the buyer read the order page's countdown, every place that shows a
/// last day (the note said with a date, the deadlines card, the summary, the calendar) shows the countdown's end, never a
/// date derived from "delivered" or from the delivery day. The clock is pinned to Monday 7 December 2026.</summary>
public sealed class TimerWinsEverywhereTranscripts
{
    [Fact]
    public void Tracking_delivered_with_four_days_on_the_timer_gives_the_timers_end_everywhere()
    {
        // Buyer tester round 8: the card said "last day 7 Dec (today)" from the delivered day while the timer said 4 days.
        var chat = new Transcript("2026-12-07");
        chat.Say("tracking says delivered on dec 2 but nothing came. timer says 4 days left");
        var first = Said(chat.LastReplies);
        Assert.Contains("11 December 2026", first, StringComparison.Ordinal);
        Assert.DoesNotContain("7 December 2026", first, StringComparison.Ordinal);
        Assert.DoesNotContain("until about", first, StringComparison.Ordinal);

        var card = Said(chat.Send(new TextInput("/deadlines")));
        Assert.Contains("Last day to open a dispute: 11 December 2026 (4 days left)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("(today)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("an estimate", card, StringComparison.Ordinal);

        var summary = Said(chat.Send(new TextInput("/summary")));
        Assert.Contains("Last day to open a dispute: 11 December 2026 (4 days left)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("7 December 2026 (today)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_timer_told_after_the_delivered_day_replaces_the_estimate_from_it()
    {
        var chat = new Transcript("2026-12-07");
        chat.Say("tracking says delivered on dec 4, i never got it");
        Assert.Contains("until about 9 December 2026", Said(chat.LastReplies), StringComparison.Ordinal);

        chat.Say("the timer says 9 days");
        var card = Said(chat.Send(new TextInput("/deadlines")));
        Assert.Contains("Last day to open a dispute: 16 December 2026 (9 days left)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("9 December 2026", card, StringComparison.Ordinal);
    }

    [Fact]
    public void A_received_item_with_the_timer_read_keeps_the_timers_end_not_fifteen_days_after_delivery()
    {
        // Seed 000's 15 days after delivery apply only without a timer (domain-rules.md "Received, no timer visible").
        var chat = new Transcript("2026-12-07");
        chat.Say("my lamp came broken on nov 30, timer shows 20 days");
        var card = Said(chat.Send(new TextInput("/deadlines")));
        Assert.Contains("Last day to open a dispute: 27 December 2026 (20 days left)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("15 December 2026", card, StringComparison.Ordinal);
    }

    private static string Said(IReadOnlyList<Reply> replies) => string.Join("\n", replies.Select(r => r switch
    {
        TextReply t => t.Text,
        CardReply c => string.Join("\n", c.Sections.SelectMany(s => s.Lines)),
        _ => "",
    }));
}
