using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(Rules());

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static DeadlineFacts Facts(
        ArrivalGroup? group = ArrivalGroup.NotReceived,
        string? timer = null,
        string? shipped = null,
        string? delivered = null,
        string? paid = null,
        PaymentMethod? payment = null,
        string? opened = null,
        bool trackingDelivered = false,
        string? payPalOpened = null) =>
        new(group, Opt(timer), Opt(shipped), Opt(delivered), Opt(paid), payment, Opt(opened), trackingDelivered, Opt(payPalOpened));

    private static DateOnly? Opt(string? iso) => iso is null ? null : D(iso);

    private static Deadline Get(DeadlinePlan plan, DeadlineKind kind) =>
        plan.Find(kind) ?? throw new Xunit.Sdk.XunitException($"No {kind} in [{string.Join(", ", plan.Deadlines.Select(d => d.Kind))}]");

    [Fact]
    public void The_timer_is_the_truth_over_the_rule_estimate()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", shipped: "2026-01-01"), D("2026-03-01"));

        var end = Get(plan, DeadlineKind.ProtectionEnds);
        Assert.Equal(DeadlineBasis.Timer, plan.Basis);
        Assert.Equal(D("2026-04-10"), end.Date);
        Assert.False(end.Estimate);
        Assert.Equal(RuleIds.ProtectionDefault, end.RuleId);
    }

    [Fact]
    public void The_timer_wins_even_when_tracking_says_delivered()
    {
        var plan = Calculator.Compute(
            Facts(timer: "2026-04-10", shipped: "2026-01-01", delivered: "2026-03-01", trackingDelivered: true), D("2026-03-02"));

        Assert.Equal(D("2026-04-10"), Get(plan, DeadlineKind.ProtectionEnds).Date);
    }

    [Fact]
    public void Without_a_timer_protection_ends_an_estimated_default_length_after_shipping()
    {
        var plan = Calculator.Compute(Facts(shipped: "2026-01-01"), D("2026-01-05"));

        var end = Get(plan, DeadlineKind.ProtectionEnds);
        Assert.Equal(DeadlineBasis.Dates, plan.Basis);
        Assert.Equal(D("2026-03-02"), end.Date);
        Assert.True(end.Estimate);
        Assert.Equal(RuleIds.ProtectionDefault, end.RuleId);
    }

    [Fact]
    public void Tracking_that_says_delivered_cuts_the_estimated_protection()
    {
        var plan = Calculator.Compute(Facts(shipped: "2026-01-01", delivered: "2026-01-20", trackingDelivered: true), D("2026-01-21"));

        var end = Get(plan, DeadlineKind.ProtectionEnds);
        Assert.Equal(D("2026-01-25"), end.Date);
        Assert.Equal(RuleIds.DeliveredCut, end.RuleId);
        Assert.Equal(D("2026-01-25"), Get(plan, DeadlineKind.LastDisputeDay).Date);
    }

    [Fact]
    public void A_delivery_date_alone_does_not_cut_protection_unless_tracking_says_delivered()
    {
        var plan = Calculator.Compute(Facts(group: null, shipped: "2026-01-01", delivered: "2026-01-20"), D("2026-01-21"));

        Assert.Equal(D("2026-03-02"), Get(plan, DeadlineKind.ProtectionEnds).Date);
    }

    [Fact]
    public void The_cut_never_lengthens_protection()
    {
        var plan = Calculator.Compute(Facts(shipped: "2026-01-01", delivered: "2026-02-28", trackingDelivered: true), D("2026-03-01"));

        var end = Get(plan, DeadlineKind.ProtectionEnds);
        Assert.Equal(D("2026-03-02"), end.Date);
        Assert.Equal(RuleIds.ProtectionDefault, end.RuleId);
    }

    [Fact]
    public void Tracking_that_says_delivered_gives_a_protection_end_even_without_a_shipping_date()
    {
        var plan = Calculator.Compute(Facts(delivered: "2026-01-20", trackingDelivered: true), D("2026-01-21"));

        Assert.Equal(DeadlineBasis.Dates, plan.Basis);
        Assert.Equal(D("2026-01-25"), Get(plan, DeadlineKind.ProtectionEnds).Date);
    }

    [Fact]
    public void The_first_dispute_day_is_not_yet_before_day_eleven_after_shipping()
    {
        var plan = Calculator.Compute(Facts(shipped: "2026-03-01"), D("2026-03-05"));

        var first = Get(plan, DeadlineKind.FirstDisputeDay);
        Assert.Equal(D("2026-03-11"), first.Date);
        Assert.Equal(DeadlineStatus.NotYet, first.Status);
        Assert.Equal(6, first.DaysLeft);
        Assert.Equal(RuleIds.EarliestNotReceived, first.RuleId);
    }

    [Theory]
    [InlineData("2026-03-11", 0)]
    [InlineData("2026-03-20", -9)]
    public void Once_the_first_dispute_day_comes_the_dispute_can_be_opened_now(string today, int daysLeft)
    {
        var first = Get(Calculator.Compute(Facts(shipped: "2026-03-01"), D(today)), DeadlineKind.FirstDisputeDay);

        Assert.Equal(DeadlineStatus.Passed, first.Status);
        Assert.Equal(daysLeft, first.DaysLeft);
    }

    [Fact]
    public void A_deadline_already_passed_says_so_with_negative_days_left()
    {
        var last = Get(Calculator.Compute(Facts(timer: "2026-03-01"), D("2026-03-04")), DeadlineKind.LastDisputeDay);

        Assert.Equal(DeadlineStatus.Passed, last.Status);
        Assert.Equal(-3, last.DaysLeft);
    }

    [Fact]
    public void A_deadline_falling_today_is_today_with_no_days_left()
    {
        var last = Get(Calculator.Compute(Facts(timer: "2026-03-04"), D("2026-03-04")), DeadlineKind.LastDisputeDay);

        Assert.Equal(DeadlineStatus.Today, last.Status);
        Assert.Equal(0, last.DaysLeft);
    }

    [Fact]
    public void An_upcoming_deadline_is_open_with_the_days_left()
    {
        var last = Get(Calculator.Compute(Facts(timer: "2026-03-14"), D("2026-03-04")), DeadlineKind.LastDisputeDay);

        Assert.Equal(DeadlineStatus.Open, last.Status);
        Assert.Equal(10, last.DaysLeft);
    }

    [Fact]
    public void Not_received_the_last_dispute_day_is_the_protection_end_itself()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10"), D("2026-03-01"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal(D("2026-04-10"), last.Date);
        Assert.False(last.Estimate);
    }

    [Fact]
    public void Received_the_last_dispute_day_is_fifteen_days_after_delivery()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, timer: "2026-04-10", delivered: "2026-03-01"), D("2026-03-02"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal(D("2026-03-16"), last.Date);
        Assert.Equal(RuleIds.AfterProtectionGrace, last.RuleId);
        Assert.True(last.Estimate);
    }

    [Fact]
    public void Received_late_the_last_dispute_day_is_never_after_the_timer()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, timer: "2026-04-10", delivered: "2026-04-05"), D("2026-04-06"));

        var last = Get(plan, DeadlineKind.LastDisputeDay);
        Assert.Equal(D("2026-04-10"), last.Date);
        Assert.Equal(RuleIds.ProtectionDefault, last.RuleId);
        Assert.False(last.Estimate);
    }

    [Fact]
    public void Received_without_any_protection_end_the_last_dispute_day_still_follows_delivery()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, delivered: "2026-03-01"), D("2026-03-02"));

        Assert.Equal(DeadlineBasis.Unknown, plan.Basis);
        Assert.Equal(D("2026-03-16"), Get(plan, DeadlineKind.LastDisputeDay).Date);
        Assert.Null(plan.Find(DeadlineKind.ProtectionEnds));
    }

    [Fact]
    public void Received_orders_get_neither_a_first_dispute_day_nor_an_extension()
    {
        var plan = Calculator.Compute(Facts(group: ArrivalGroup.Received, shipped: "2026-03-01", delivered: "2026-03-09"), D("2026-03-10"));

        Assert.Null(plan.Find(DeadlineKind.FirstDisputeDay));
        Assert.Null(plan.Find(DeadlineKind.RequestExtensionBy));
    }

    [Fact]
    public void Not_received_the_extension_is_asked_a_week_before_protection_ends()
    {
        var ask = Get(Calculator.Compute(Facts(timer: "2026-04-10"), D("2026-03-01")), DeadlineKind.RequestExtensionBy);

        Assert.Equal(D("2026-04-03"), ask.Date);
        Assert.Equal(RuleIds.ExtensionLead, ask.RuleId);
        Assert.Equal(DeadlineStatus.Open, ask.Status);
        Assert.True(ask.Estimate);
    }

    [Fact]
    public void The_extension_is_still_offered_on_its_last_day()
    {
        var ask = Get(Calculator.Compute(Facts(timer: "2026-04-10"), D("2026-04-03")), DeadlineKind.RequestExtensionBy);

        Assert.Equal(DeadlineStatus.Today, ask.Status);
    }

    [Theory]
    [InlineData("2026-04-04", null)]
    [InlineData("2026-03-01", "2026-03-01")]
    public void The_extension_is_left_out_once_its_day_passed_or_a_dispute_is_open(string today, string? opened)
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", opened: opened), D(today));

        Assert.Null(plan.Find(DeadlineKind.RequestExtensionBy));
        Assert.NotNull(plan.Find(DeadlineKind.ProtectionEnds));
    }

    [Fact]
    public void An_open_dispute_gets_its_timeline()
    {
        var plan = Calculator.Compute(Facts(opened: "2026-03-10"), D("2026-03-12"));

        var response = Get(plan, DeadlineKind.SellerResponseBy);
        var escalate = Get(plan, DeadlineKind.EscalateFrom);
        var automatic = Get(plan, DeadlineKind.AutoEscalation);
        Assert.Equal((D("2026-03-15"), RuleIds.SellerResponse), (response.Date, response.RuleId));
        Assert.Equal((D("2026-03-13"), DeadlineStatus.NotYet), (escalate.Date, escalate.Status));
        Assert.Equal((D("2026-03-25"), RuleIds.AutoEscalation), (automatic.Date, automatic.RuleId));
    }

    [Fact]
    public void Escalation_is_possible_from_its_first_day_on()
    {
        var escalate = Get(Calculator.Compute(Facts(opened: "2026-03-10"), D("2026-03-13")), DeadlineKind.EscalateFrom);

        Assert.Equal(DeadlineStatus.Passed, escalate.Status);
        Assert.Equal(0, escalate.DaysLeft);
    }

    [Fact]
    public void Without_an_open_dispute_there_is_no_dispute_timeline()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10"), D("2026-03-01"));

        Assert.Null(plan.Find(DeadlineKind.SellerResponseBy));
        Assert.Null(plan.Find(DeadlineKind.EscalateFrom));
        Assert.Null(plan.Find(DeadlineKind.AutoEscalation));
    }

    [Fact]
    public void Paid_with_PayPal_the_PayPal_dispute_window_counts_from_payment()
    {
        var plan = Calculator.Compute(Facts(paid: "2026-01-10", payment: PaymentMethod.PayPal), D("2026-03-01"));

        var payPal = Get(plan, DeadlineKind.PayPalDisputeBy);
        Assert.Equal(D("2026-07-09"), payPal.Date);
        Assert.False(payPal.Estimate);
        Assert.Null(plan.Find(DeadlineKind.CardChargebackBy));
        Assert.Null(plan.Find(DeadlineKind.PayPalEscalateWithin));
    }

    [Theory]
    [InlineData(PaymentMethod.Card)]
    [InlineData(PaymentMethod.Other)]
    [InlineData(PaymentMethod.Unknown)]
    [InlineData(null)]
    public void Not_paid_with_PayPal_there_is_no_PayPal_deadline(PaymentMethod? payment)
    {
        var plan = Calculator.Compute(Facts(paid: "2026-01-10", payment: payment, payPalOpened: "2026-02-01"), D("2026-03-01"));

        Assert.Null(plan.Find(DeadlineKind.PayPalDisputeBy));
        Assert.Null(plan.Find(DeadlineKind.PayPalEscalateWithin));
    }

    [Fact]
    public void An_open_PayPal_dispute_must_be_escalated_within_its_window()
    {
        var escalate = Get(
            Calculator.Compute(Facts(paid: "2026-01-10", payment: PaymentMethod.PayPal, payPalOpened: "2026-02-20"), D("2026-03-01")),
            DeadlineKind.PayPalEscalateWithin);

        Assert.Equal(D("2026-03-12"), escalate.Date);
        Assert.Equal(RuleIds.PayPalEscalation, escalate.RuleId);
    }

    [Fact]
    public void Paid_by_card_the_chargeback_counts_from_payment_and_is_an_estimate()
    {
        var plan = Calculator.Compute(Facts(timer: "2026-04-10", paid: "2026-01-10", payment: PaymentMethod.Card), D("2026-03-01"));

        var chargeback = Get(plan, DeadlineKind.CardChargebackBy);
        Assert.Equal(D("2026-04-10"), chargeback.Date);
        Assert.True(chargeback.Estimate);
        Assert.Equal(RuleIds.CardChargeback, chargeback.RuleId);
    }

    [Theory]
    [InlineData(PaymentMethod.PayPal)]
    [InlineData(PaymentMethod.Other)]
    [InlineData(PaymentMethod.Unknown)]
    public void Only_card_payments_get_a_chargeback_date(PaymentMethod payment)
    {
        var plan = Calculator.Compute(Facts(paid: "2026-01-10", payment: payment), D("2026-03-01"));

        Assert.Null(plan.Find(DeadlineKind.CardChargebackBy));
    }

    [Fact]
    public void A_payment_date_is_needed_for_payment_deadlines()
    {
        var plan = Calculator.Compute(Facts(payment: PaymentMethod.PayPal), D("2026-03-01"));

        Assert.Null(plan.Find(DeadlineKind.PayPalDisputeBy));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-03-02")]
    [InlineData("2028-01-31", "2028-03-01")]
    [InlineData("2026-12-15", "2027-01-14")]
    public void Days_are_counted_across_month_ends_leap_days_and_year_ends(string shipped, string ends)
    {
        var thirtyDays = new DeadlineCalculator(Rules(protectionDays: 30));

        var end = Get(thirtyDays.Compute(Facts(shipped: shipped), D(shipped)), DeadlineKind.ProtectionEnds);

        Assert.Equal(D(ends), end.Date);
        Assert.Equal(30, end.DaysLeft);
    }

    [Fact]
    public void The_leap_day_counts_as_a_day()
    {
        var plan = Calculator.Compute(
            Facts(group: ArrivalGroup.Received, shipped: "2028-02-20", delivered: "2028-02-29"), D("2028-02-29"));

        Assert.Equal(D("2028-03-15"), Get(plan, DeadlineKind.LastDisputeDay).Date);
        Assert.Equal(15, Get(plan, DeadlineKind.LastDisputeDay).DaysLeft);
    }

    [Fact]
    public void A_dispute_opened_at_year_end_runs_into_the_new_year()
    {
        var plan = Calculator.Compute(Facts(opened: "2026-12-20"), D("2026-12-31"));

        var automatic = Get(plan, DeadlineKind.AutoEscalation);
        Assert.Equal(D("2027-01-04"), automatic.Date);
        Assert.Equal(4, automatic.DaysLeft);
    }

    [Fact]
    public void Nothing_known_gives_an_empty_plan_of_unknown_basis()
    {
        var plan = Calculator.Compute(Facts(group: null), D("2026-03-01"));

        Assert.Empty(plan.Deadlines);
        Assert.Equal(DeadlineBasis.Unknown, plan.Basis);
        Assert.Null(plan.Find(DeadlineKind.ProtectionEnds));
    }

    [Fact]
    public void Deadlines_come_in_kind_order()
    {
        var plan = Calculator.Compute(EverythingKnown(), D("2026-02-01"));

        Assert.Equal(plan.Deadlines.Select(d => d.Kind).Order(), plan.Deadlines.Select(d => d.Kind));
        Assert.Equal(plan.Deadlines.Count, plan.Deadlines.Select(d => d.Kind).Distinct().Count());
    }

    [Fact]
    public void Estimates_hang_on_the_rule_or_on_an_estimated_protection_end()
    {
        var estimated = Calculator.Compute(Facts(shipped: "2026-01-01", paid: "2026-01-01", payment: PaymentMethod.PayPal), D("2026-01-05"));
        var timed = Calculator.Compute(Facts(timer: "2026-03-02", paid: "2026-01-01", payment: PaymentMethod.PayPal), D("2026-01-05"));

        Assert.True(Get(estimated, DeadlineKind.LastDisputeDay).Estimate);
        Assert.False(Get(timed, DeadlineKind.LastDisputeDay).Estimate);
        Assert.False(Get(estimated, DeadlineKind.PayPalDisputeBy).Estimate);
    }

    [Fact]
    public void Every_deadline_cites_a_rule_of_the_real_rule_book()
    {
        var book = RuleBookLoader.Load(RepositoryFiles.RulesYaml);
        var calculator = new DeadlineCalculator(book);
        var kinds = new HashSet<DeadlineKind>();

        foreach (var facts in new[]
        {
            EverythingKnown(),
            EverythingKnown() with { Group = ArrivalGroup.Received },
            EverythingKnown() with { Payment = PaymentMethod.Card, ProtectionEndsOn = null },
            EverythingKnown() with { DisputeOpenedOn = null },
        })
        {
            foreach (var deadline in calculator.Compute(facts, D("2026-02-01")).Deadlines)
            {
                Assert.True(book.Contains(deadline.RuleId), $"{deadline.Kind} cites '{deadline.RuleId}'");
                kinds.Add(deadline.Kind);
            }
        }

        Assert.Equal(Enum.GetValues<DeadlineKind>(), kinds.Order());
    }

    [Fact]
    public void Dates_at_the_calendar_end_leave_the_deadline_out_instead_of_throwing()
    {
        var last = DateOnly.MaxValue;
        var plan = Calculator.Compute(
            new DeadlineFacts(ArrivalGroup.NotReceived, null, last, last, last, PaymentMethod.PayPal, last, true, last), last);

        Assert.Empty(plan.Deadlines);
    }

    private static DeadlineFacts EverythingKnown() => Facts(
        timer: "2026-03-20",
        shipped: "2026-01-20",
        delivered: "2026-02-20",
        paid: "2026-01-18",
        payment: PaymentMethod.PayPal,
        opened: "2026-02-25",
        trackingDelivered: true,
        payPalOpened: "2026-02-26");

    /// <summary>The numbers of dialogs/rules.yaml as written today, fixed here so that a support edit cannot break the arithmetic tests.</summary>
    private static RuleBook Rules(int protectionDays = 60) => new(
    [
        Rule(RuleIds.ProtectionDefault, protectionDays, estimate: true),
        Rule(RuleIds.EarliestNotReceived, 10, estimate: true),
        Rule(RuleIds.AfterProtectionGrace, 15, estimate: true),
        Rule(RuleIds.DeliveredCut, 5),
        Rule(RuleIds.SellerResponse, 5, estimate: true),
        Rule(RuleIds.EscalateFrom, 3, estimate: true),
        Rule(RuleIds.AutoEscalation, 15, estimate: true),
        Rule(RuleIds.Appeal, 7, estimate: true),
        Rule(RuleIds.ReturnShipping, 10),
        Rule(RuleIds.ExtensionLead, 7, estimate: true),
        Rule(RuleIds.ExtensionAnswer, 2, estimate: true),
        Rule(RuleIds.PayPalDispute, 180),
        Rule(RuleIds.PayPalEscalation, 20),
        Rule(RuleIds.CardChargeback, 90, estimate: true),
    ]);

    private static DeadlineRule Rule(string id, int days, bool estimate = false) => new(id, days, "test", "undated", estimate);
}
