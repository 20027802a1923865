using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Reminders;
using DisputeBot.Dialog.Reports;
using DisputeBot.Dialog.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DisputeBot.Dialog.Tests.Deadlines;

/// <summary>Issue 13's properties, over any timer, dates and clock: the timer wins, and days left agree with dates.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly DeadlineCalculator Calculator = new(RealKnowledge.Base.Rules);
    private static readonly ReportText Text = new(RealKnowledge.Base.For("en").Messages, RealKnowledge.Base.Rules, CultureInfo.GetCultureInfo("en"));
    private static readonly DateOnly Base = new(2026, 1, 1);

    /// <summary>Any facts around any day: offsets in days from a base, each fact present or not.</summary>
    public static Arbitrary<(DeadlineFacts Facts, DateOnly Today)> Cases()
    {
        var offset = Gen.Choose(-200, 200);
        var maybeDay = Gen.OneOf(Gen.Constant<DateOnly?>(null), offset.Select(d => (DateOnly?)Base.AddDays(d)));
        var gen =
            from arrival in Gen.Elements<ArrivalGroup?>(null, ArrivalGroup.NotReceived, ArrivalGroup.Received)
            from timer in maybeDay
            from shipped in maybeDay
            from delivered in maybeDay
            from paid in maybeDay
            from payment in Gen.Elements<PaymentMethod?>(null, PaymentMethod.Card, PaymentMethod.PayPal, PaymentMethod.Other)
            from opened in Gen.Frequency((3, Gen.Constant<DateOnly?>(null)), (1, maybeDay))
            from tracking in Gen.Elements(false, true)
            from notShipped in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from ended in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from today in offset
            select (new DeadlineFacts(arrival, timer, shipped, delivered, paid, payment, opened, tracking, null, notShipped, ended), Base.AddDays(today));
        return gen.ToArbitrary();
    }

    [Property(Arbitrary = [typeof(DeadlinePropertyTests)], MaxTest = 500)]
    public void A_derived_last_day_is_never_after_the_timers_end((DeadlineFacts Facts, DateOnly Today) input)
    {
        var plan = Calculator.Compute(input.Facts, input.Today);

        if (input.Facts.ProtectionEndsOn is { } end)
        {
            Assert.All(plan.Deadlines.Where(d => d.BoundByTimer), d => Assert.True(d.Date <= end, $"{d.Kind} {d.Date} after the timer {end}"));
        }
    }

    [Property(Arbitrary = [typeof(DeadlinePropertyTests)], MaxTest = 500)]
    public void Passed_is_never_said_while_the_timer_runs((DeadlineFacts Facts, DateOnly Today) input)
    {
        var facts = input.Facts with { TimerEnded = false };
        if (facts.ProtectionEndsOn is not { } end || end < input.Today)
        {
            return;
        }

        var plan = Calculator.Compute(facts, input.Today);
        Assert.True(plan.TimerRuns);
        Assert.NotEqual(DisputeWindow.Ended, plan.Window);
        Assert.All(plan.Deadlines.Where(d => d.BoundByTimer && d.Kind != DeadlineKind.FirstDisputeDay),
            d => Assert.NotEqual(DeadlineStatus.Passed, d.Status));

        var card = new DeadlineCard(Text).Build(plan);
        var said = string.Join("\n", card.Sections.SelectMany(s => s.Lines));
        Assert.DoesNotContain(Text["deadlines.timer_ended"], said, StringComparison.Ordinal);
        Assert.DoesNotContain(Text["deadlines.estimate_passed"], said, StringComparison.Ordinal);
        foreach (var line in new DeadlineCard(Text).Lines(plan, withSources: false).Zip(plan.Deadlines))
        {
            if (line.Second.BoundByTimer)
            {
                Assert.DoesNotContain("passed", line.First, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Property(Arbitrary = [typeof(DeadlinePropertyTests)], MaxTest = 500)]
    public void Days_left_and_dates_always_agree((DeadlineFacts Facts, DateOnly Today) input)
    {
        var plan = Calculator.Compute(input.Facts, input.Today);
        var lines = new DeadlineCard(Text).Lines(plan, withSources: false);

        foreach (var (deadline, line) in plan.Deadlines.Zip(lines))
        {
            Assert.Equal(deadline.Date.DayNumber - input.Today.DayNumber, deadline.DaysLeft);
            Assert.Contains(Text.Date(deadline.Date), line, StringComparison.Ordinal);
            var days = Text.Days(deadline.DaysLeft);
            switch (deadline.Status)
            {
                case DeadlineStatus.Open:
                    Assert.True(deadline.DaysLeft > 0);
                    Assert.Contains($"({days} left)", line, StringComparison.Ordinal);
                    break;
                case DeadlineStatus.NotYet:
                    Assert.True(deadline.DaysLeft > 0);
                    Assert.Contains($"opens in {days}", line, StringComparison.Ordinal);
                    break;
                case DeadlineStatus.Today:
                    Assert.Equal(0, deadline.DaysLeft);
                    break;
                case DeadlineStatus.Passed:
                    Assert.True(deadline.DaysLeft <= 0);
                    break;
            }
        }
    }

    [Property(Arbitrary = [typeof(DeadlinePropertyTests)], MaxTest = 300)]
    public void PayPal_lines_only_for_PayPal_and_the_chargeback_only_for_card((DeadlineFacts Facts, DateOnly Today) input)
    {
        var plan = Calculator.Compute(input.Facts, input.Today);
        var said = string.Join("\n", new DeadlineCard(Text).Build(plan).Sections.SelectMany(s => s.Lines));

        if (input.Facts.Payment != PaymentMethod.Card)
        {
            Assert.DoesNotContain("chargeback", said, StringComparison.OrdinalIgnoreCase);
        }

        if (input.Facts.Payment != PaymentMethod.PayPal)
        {
            Assert.DoesNotContain("PayPal", said, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("seed", said, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Issue 13 (buyer tester, round 8): tracking "delivered" with 4 days left on the timer still showed
    /// "last day 7 Dec (today)" from the delivered-date rule. domain-rules.md: "The timer wins." Wherever a last day
    /// is shown (the plan, the deadlines card, the summary, the reminders, the calendar), a known timer end is it.</summary>
    [Property(Arbitrary = [typeof(DeadlinePropertyTests)], MaxTest = 500)]
    public void A_known_timer_end_is_the_last_day_everywhere_it_is_shown((DeadlineFacts Facts, DateOnly Today) input)
    {
        if (input.Facts.ProtectionEndsOn is not { } end || input.Facts.DisputeOpenedOn is not null || input.Facts.NotShipped)
        {
            return;
        }

        var plan = Calculator.Compute(input.Facts, input.Today);
        var last = plan.Find(DeadlineKind.LastDisputeDay);
        Assert.NotNull(last);
        Assert.Equal((end, true, false), (last.Date, last.FromTimer, last.Estimate));

        var card = new DeadlineCard(Text);
        var lastLine = card.Lines(plan, withSources: false)[plan.Deadlines.ToList().IndexOf(last)];
        Assert.Contains(Text.Date(end), lastLine, StringComparison.Ordinal);

        var category = RealKnowledge.Base.For("en").Category(input.Facts.Group == ArrivalGroup.Received ? "damaged" : "delivered_not_received");
        var summary = new SummaryCard(Text).Build(new DisputeTextFacts(category, DeliveredOn: input.Facts.DeliveredOn), plan);
        Assert.Contains(summary.Sections.SelectMany(s => s.Lines), line => line.Contains(Text.Date(end), StringComparison.Ordinal));

        Assert.All(DeadlineCalendar.Ahead(plan).Where(d => d.Kind is DeadlineKind.LastDisputeDay or DeadlineKind.ProtectionEnds),
            d => Assert.Equal(end, d.Date));

        var clock = new BuyerClock(TimeZoneInfo.Utc, Assumed: true);
        var now = new DateTimeOffset(input.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Assert.All(ReminderPlanner.Plan(plan, clock, now, existing: null, cancelled: null).Where(r => r.Kind == DeadlineKind.LastDisputeDay),
            r => Assert.Equal(end, r.Date));
    }
}
