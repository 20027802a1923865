using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Deadlines;

/// <summary>Each rule as the seeds (shared/seeds/) and shared/notes/domain-rules.md give it, with the line cited.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly RuleBook Book = RuleBookLoader.Load(RepositoryFiles.RulesYaml);
    private static readonly DeadlineCalculator Calculator = new(Book);

    internal static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static DeadlineFacts Facts(
        ArrivalGroup? group = ArrivalGroup.NotReceived,
        string? timer = null,
        string? shipped = null,
        string? delivered = null,
        string? paid = null,
        PaymentMethod? payment = null,
        string? opened = null,
        bool trackingDelivered = false,
        string? payPalOpened = null,
        bool notShipped = false,
        bool timerEnded = false) =>
        new(group, Opt(timer), Opt(shipped), Opt(delivered), Opt(paid), payment, Opt(opened), trackingDelivered, Opt(payPalOpened), notShipped, timerEnded);

    private static DateOnly? Opt(string? iso) => iso is null ? null : D(iso);

    private static Deadline Get(DeadlinePlan plan, DeadlineKind kind) =>
        plan.Find(kind) ?? throw new Xunit.Sdk.XunitException($"No {kind} in [{string.Join(", ", plan.Deadlines.Select(d => d.Kind))}]");

    // --- 1. The timer wins (domain-rules.md: "The timer wins ... A deadline the bot derives is never later than the timer's end")

    [Fact]
    public void With_five_days_on_the_timer_the_window_is_open_with_five_days_left()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-03-06", shipped: "2026-01-01"), D("2026-03-01"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-03-06"), 5, DeadlineStatus.Open, true), (last.Date, last.DaysLeft, last.Status, last.FromTimer));
        Assert.Equal(DisputeWindow.Open, plan.Window);
        Assert.Equal(DeadlineBasis.Timer, plan.Basis);
    }

    [Fact]
    public void Received_long_ago_with_the_timer_still_running_the_last_day_is_the_timers_end_not_passed()
    {
        // Seed 000's 15 days after delivery are long gone, but the timer still runs: it wins, with its own end.
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, timer: "2026-03-20", delivered: "2026-01-01"), D("2026-03-01"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-03-20"), DeadlineStatus.Open, true), (last.Date, last.Status, last.FromTimer));
        Assert.Equal(DisputeWindow.Open, plan.Window);
    }

    [Fact]
    public void A_received_items_fifteen_days_are_cut_back_to_the_timer()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, timer: "2026-04-10", delivered: "2026-04-05"), D("2026-04-06"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal(D("2026-04-10"), last.Date);
        Assert.True(last.FromTimer);
    }

    // --- 2. Received: seed 000 "up to 15 days after confirming the product's delivery"

    [Fact]
    public void Received_without_a_timer_the_last_day_is_fifteen_days_after_delivery()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, shipped: "2026-02-01", delivered: "2026-03-01"), D("2026-03-02"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-03-16"), RuleIds.AfterDelivery, true), (last.Date, last.RuleId, last.Estimate));
        Assert.Null(plan.Find(DeadlineKind.ProtectionEnds));
    }

    [Fact]
    public void Received_with_the_delivery_day_unknown_the_last_day_is_at_most_fifteen_days_from_today()
    {
        // Issue 13: "an item in hand with an unknown delivery date got a last day 54 days away".
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, shipped: "2026-03-01"), D("2026-03-10"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal(D("2026-03-25"), last.Date);
        Assert.Equal(15, last.DaysLeft);
    }

    [Fact]
    public void Shipping_plus_sixty_days_is_never_used_as_a_last_day()
    {
        // seed 000: sellers "can set the delivery time period to up to 60 days": the longest, not a default.
        var plan = Calculator.Compute(Facts(shipped: "2026-01-01"), D("2026-01-20"));

        Assert.Null(plan.Find(DeadlineKind.LastDisputeDay));
        Assert.Null(plan.Find(DeadlineKind.ProtectionEnds));
        Assert.Equal(DisputeWindow.Unknown, plan.Window);
        Assert.DoesNotContain(plan.Deadlines, d => d.Date == D("2026-03-02"));
    }

    // --- 3. Tracking says delivered: "the order's delivery time is cut to 5 days" (legacy buyer-protection page)

    [Fact]
    public void Tracking_delivered_cuts_the_time_to_about_five_days_and_says_open_now()
    {
        var plan = Calculator.Compute(Facts(shipped: "2026-01-01", delivered: "2026-01-20", trackingDelivered: true), D("2026-01-21"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-01-25"), RuleIds.DeliveredCut, true), (last.Date, last.RuleId, last.Estimate));
        Assert.True(plan.OpenNow);
        Assert.Equal(ExtensionAdvice.None, plan.Extension);
    }

    [Fact]
    public void Tracking_delivered_without_a_timer_gives_an_estimated_last_day_and_no_protection_end()
    {
        // domain-rules.md: a date derived from a rule is never shown as the timer; only the order page dates protection.
        var plan = Calculator.Compute(Facts(delivered: "2026-01-20", trackingDelivered: true), D("2026-01-21"));

        Assert.Null(plan.Find(DeadlineKind.ProtectionEnds));
        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-01-25"), true, false), (last.Date, last.Estimate, last.FromTimer));
    }

    [Fact]
    public void Tracking_delivered_with_the_timer_read_the_timers_end_is_the_last_day()
    {
        // domain-rules.md: "The timer wins"; the order page's countdown already counts the "delivered" cut.
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", delivered: "2026-03-01", trackingDelivered: true), D("2026-03-02"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-04-10"), false, true), (last.Date, last.Estimate, last.FromTimer));
        Assert.Equal(D("2026-04-10"), Get(plan, DeadlineKind.ProtectionEnds).Date);
        Assert.True(plan.OpenNow);
    }

    [Fact]
    public void Tracking_delivered_four_days_ago_with_four_days_on_the_timer_is_not_today_but_the_timers_end()
    {
        // Buyer tester round 8: the card said "last day 7 Dec (today)" from the delivered day while the timer showed 4 days.
        var plan = Calculator.Compute(Facts(timer: "2026-12-11", delivered: "2026-12-02", trackingDelivered: true), D("2026-12-07"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal((D("2026-12-11"), 4, DeadlineStatus.Open), (last.Date, last.DaysLeft, last.Status));
    }

    [Fact]
    public void Tracking_delivered_on_an_unknown_day_gives_at_most_five_days_from_today()
    {
        var plan = Calculator.Compute(Facts(trackingDelivered: true), D("2026-03-02"));

        Assert.Equal(D("2026-03-07"), Get(plan, DeadlineKind.LastDisputeDay).Date);
    }

    // --- 4. Timer already ended: seed 002 "within 15 days following its stop" vs seed 004 "can`t open disputes"

    [Fact]
    public void An_ended_timer_means_try_at_once_and_no_date_after_it()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-03-01", paid: "2026-01-01", payment: PaymentMethod.Card), D("2026-03-04"));

        Assert.Equal(DisputeWindow.Ended, plan.Window);
        Assert.True(plan.OpenNow);
        Assert.All(plan.Deadlines.Where(d => d.BoundByTimer), d => Assert.True(d.Date <= D("2026-03-01")));
        Assert.Equal(-3, Get(plan, DeadlineKind.LastDisputeDay).DaysLeft);
    }

    [Fact]
    public void A_timer_said_to_have_ended_without_a_day_leaves_no_last_day()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, delivered: "2026-03-01", timerEnded: true), D("2026-03-04"));

        Assert.Equal(DisputeWindow.Ended, plan.Window);
        Assert.True(plan.TimerEnded);
        Assert.Null(plan.Find(DeadlineKind.LastDisputeDay));
    }

    // --- 5. Seller's answer: seed 000 "15 days to reply"; seed 003 "If this is not done in time ... automatically receive a full refund"

    [Fact]
    public void The_seller_has_at_most_fifteen_days_to_answer_an_open_dispute()
    {
        var plan = Calculator.Compute(Facts(opened: "2026-03-10"), D("2026-03-12"));

        var response = Get(plan, DeadlineKind.SellerResponseBy);
        Assert.Equal((D("2026-03-25"), RuleIds.SellerResponse), (response.Date, response.RuleId));
        Assert.Equal(DisputeWindow.DisputeOpen, plan.Window);
        Assert.Equal((D("2026-03-13"), DeadlineStatus.NotYet), (Get(plan, DeadlineKind.EscalateFrom).Date, Get(plan, DeadlineKind.EscalateFrom).Status));
    }

    // --- 6. Unshipped: seed 002 "In case the order was not sent, you have to ask for its cancellation"

    [Fact]
    public void An_unshipped_order_is_a_cancellation_with_no_dispute_dates()
    {
        var plan = Calculator.Compute(Facts(notShipped: true, paid: "2026-03-01", payment: PaymentMethod.Card), D("2026-03-04"));

        Assert.Equal(DisputeWindow.CancelOrder, plan.Window);
        Assert.Empty(plan.Deadlines);
    }

    // --- 7. Extension: "ask 5-7 days before the end" (seed 004, guide); seed 000: the seller answers "within 48 hours"

    [Fact]
    public void With_weeks_left_the_extension_is_asked_five_to_seven_days_before_the_end()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", shipped: "2026-02-20"), D("2026-03-20"));

        Assert.Equal(ExtensionAdvice.AskLater, plan.Extension);
        Assert.Equal(D("2026-04-05"), Get(plan, DeadlineKind.RequestExtensionBy).Date);
        Assert.Equal(D("2026-04-08"), Get(plan, DeadlineKind.OpenIfNoExtensionBy).Date);
    }

    [Theory]
    [InlineData("2026-04-03", ExtensionAdvice.AskNow)] // 7 days left
    [InlineData("2026-04-05", ExtensionAdvice.AskNow)] // 5 days left
    [InlineData("2026-04-06", ExtensionAdvice.OpenInstead)] // 4 days left: too late to count on one
    [InlineData("2026-04-10", ExtensionAdvice.OpenInstead)]
    public void The_extension_advice_follows_the_days_left(string today, ExtensionAdvice advice)
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", shipped: "2026-02-20"), D(today));

        Assert.Equal(advice, plan.Extension);
        Assert.Equal(advice == ExtensionAdvice.OpenInstead, plan.OpenNow);
    }

    [Fact]
    public void Not_received_the_first_dispute_day_is_day_eleven_after_shipping()
    {
        // seed 000: "starting on the 11th day after the seller ships the order".
        var plan = Calculator.Compute(Facts(shipped: "2026-03-01"), D("2026-03-05"));

        var first = Get(plan, DeadlineKind.FirstDisputeDay);
        Assert.Equal((D("2026-03-11"), DeadlineStatus.NotYet, 6), (first.Date, first.Status, first.DaysLeft));
        Assert.Equal(DisputeWindow.NotYet, plan.Window);
    }

    [Fact]
    public void Received_orders_get_no_first_dispute_day_and_no_extension()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, timer: "2026-04-10", shipped: "2026-03-01", delivered: "2026-03-09"), D("2026-03-10"));

        Assert.Null(plan.Find(DeadlineKind.FirstDisputeDay));
        Assert.Equal(ExtensionAdvice.None, plan.Extension);
    }

    // --- 8. PayPal (seed 000: "180 days after payment"; PayPal's help: escalate within 20 days) and card

    [Fact]
    public void Paid_with_PayPal_the_PayPal_dispute_window_counts_from_payment_and_no_chargeback()
    {
        var plan = Calculator.Compute(Facts(paid: "2026-01-10", payment: PaymentMethod.PayPal, payPalOpened: "2026-02-20"), D("2026-03-01"));

        Assert.Equal(D("2026-07-09"), Get(plan, DeadlineKind.PayPalDisputeBy).Date);
        Assert.Equal(D("2026-03-12"), Get(plan, DeadlineKind.PayPalEscalateWithin).Date);
        Assert.Null(plan.Find(DeadlineKind.CardChargebackBy));
    }

    [Theory]
    [InlineData(PaymentMethod.Card)]
    [InlineData(PaymentMethod.Other)]
    [InlineData(null)]
    public void Not_paid_with_PayPal_there_is_no_PayPal_deadline(PaymentMethod? payment)
    {
        var plan = Calculator.Compute(Facts(paid: "2026-01-10", payment: payment, payPalOpened: "2026-02-01"), D("2026-03-01"));

        Assert.Null(plan.Find(DeadlineKind.PayPalDisputeBy));
        Assert.Null(plan.Find(DeadlineKind.PayPalEscalateWithin));
    }

    [Theory]
    [InlineData(PaymentMethod.PayPal)]
    [InlineData(PaymentMethod.Other)]
    [InlineData(PaymentMethod.Unknown)]
    public void Only_card_payments_get_a_chargeback_date(PaymentMethod payment)
    {
        Assert.Null(Calculator.Compute(Facts(paid: "2026-01-10", payment: payment), D("2026-03-01")).Find(DeadlineKind.CardChargebackBy));
    }

    [Fact]
    public void With_a_dispute_already_open_no_first_or_last_day_to_open_one_is_given()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-03-20", shipped: "2026-02-01", opened: "2026-03-01"), D("2026-03-02"));

        Assert.Null(plan.Find(DeadlineKind.FirstDisputeDay));
        Assert.Null(plan.Find(DeadlineKind.LastDisputeDay));
        Assert.Equal(D("2026-03-20"), Get(plan, DeadlineKind.ProtectionEnds).Date);
        Assert.Equal(D("2026-03-16"), Get(plan, DeadlineKind.SellerResponseBy).Date);
        Assert.Equal(DisputeWindow.DisputeOpen, plan.Window);
    }

    // --- 9. Provenance

    [Fact]
    public void Every_deadline_cites_a_rule_of_the_real_rule_book()
    {
        var everything = Facts(timer: "2026-03-20", shipped: "2026-01-20", delivered: "2026-02-20", paid: "2026-01-18",
            payment: PaymentMethod.PayPal, opened: "2026-02-25", payPalOpened: "2026-02-26");
        var kinds = new HashSet<DeadlineKind>();
        foreach (var facts in new[] { everything, everything with { DisputeOpenedOn = null }, everything with { Payment = PaymentMethod.Card } })
        {
            foreach (var deadline in Calculator.Compute(facts, D("2026-02-01")).Deadlines)
            {
                Assert.True(Book.Contains(deadline.RuleId), $"{deadline.Kind} cites '{deadline.RuleId}'");
                kinds.Add(deadline.Kind);
            }
        }

        Assert.Equal(Enum.GetValues<DeadlineKind>(), kinds.Order());
    }

    [Fact]
    public void Dates_at_the_calendar_end_leave_the_deadline_out_instead_of_throwing()
    {
        var last = DateOnly.MaxValue;
        var plan = Calculator.Compute(new DeadlineFacts(ArrivalGroup.NotReceived, null, last, last, last, PaymentMethod.PayPal, last, true, last), last);

        Assert.DoesNotContain(plan.Deadlines, d => d.Date > last);
    }
}
