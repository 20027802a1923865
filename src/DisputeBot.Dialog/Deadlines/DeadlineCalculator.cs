using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Deadlines;

/// <summary>
/// Turns what the buyer told us into dated deadlines, every number taken from the rule book. Pure: dates in, dates out;
/// "today" is the buyer's own calendar day. A deadline whose inputs are missing is left out.
/// </summary>
/// <remarks>
/// Where the rules leave room, the earliest (safest) date wins: the last day to open a dispute is never later than
/// the protection end, even though some guides allow 15 more days after the timer stops (another says nothing is
/// possible after it). The card chargeback counts from the payment date: the 90-day figure chosen is the shortest
/// card-scheme window, and only Visa's longer one counts from the promised delivery date instead.
/// </remarks>
public sealed class DeadlineCalculator(RuleBook rules)
{
    private readonly DeadlineRule _protectionDefault = rules[RuleIds.ProtectionDefault];
    private readonly DeadlineRule _earliestNotReceived = rules[RuleIds.EarliestNotReceived];
    private readonly DeadlineRule _afterProtectionGrace = rules[RuleIds.AfterProtectionGrace];
    private readonly DeadlineRule _deliveredCut = rules[RuleIds.DeliveredCut];
    private readonly DeadlineRule _sellerResponse = rules[RuleIds.SellerResponse];
    private readonly DeadlineRule _escalateFrom = rules[RuleIds.EscalateFrom];
    private readonly DeadlineRule _autoEscalation = rules[RuleIds.AutoEscalation];
    private readonly DeadlineRule _extensionLead = rules[RuleIds.ExtensionLead];
    private readonly DeadlineRule _payPalDispute = rules[RuleIds.PayPalDispute];
    private readonly DeadlineRule _payPalEscalation = rules[RuleIds.PayPalEscalation];
    private readonly DeadlineRule _cardChargeback = rules[RuleIds.CardChargeback];

    public DeadlinePlan Compute(DeadlineFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var deadlines = new List<Deadline>(8);
        var protection = FindProtectionEnd(facts);

        // Added in DeadlineKind order.
        if (facts.Group != ArrivalGroup.Received && facts.ShippedOn is { } shipped)
        {
            AddWindow(deadlines, DeadlineKind.FirstDisputeDay, shipped, _earliestNotReceived, today);
        }

        if (protection is { } end)
        {
            deadlines.Add(Make(DeadlineKind.ProtectionEnds, end.Date, end.RuleId, end.Estimate, today));

            if (facts.Group == ArrivalGroup.NotReceived && facts.DisputeOpenedOn is null
                && Shift(end.Date, -_extensionLead.Days) is { } askBy && askBy >= today)
            {
                deadlines.Add(Make(DeadlineKind.RequestExtensionBy, askBy, _extensionLead.Id, _extensionLead.Estimate || end.Estimate, today));
            }
        }

        AddLastDisputeDay(deadlines, facts, protection, today);

        if (facts.DisputeOpenedOn is { } opened)
        {
            Add(deadlines, DeadlineKind.SellerResponseBy, opened, _sellerResponse, today);
            AddWindow(deadlines, DeadlineKind.EscalateFrom, opened, _escalateFrom, today);
            Add(deadlines, DeadlineKind.AutoEscalation, opened, _autoEscalation, today);
        }

        if (facts.Payment == PaymentMethod.PayPal)
        {
            if (facts.PaidOn is { } paidWithPayPal)
            {
                Add(deadlines, DeadlineKind.PayPalDisputeBy, paidWithPayPal, _payPalDispute, today);
            }

            if (facts.PayPalDisputeOpenedOn is { } payPalOpened)
            {
                Add(deadlines, DeadlineKind.PayPalEscalateWithin, payPalOpened, _payPalEscalation, today);
            }
        }

        if (facts.Payment == PaymentMethod.Card && facts.PaidOn is { } paidByCard)
        {
            Add(deadlines, DeadlineKind.CardChargebackBy, paidByCard, _cardChargeback, today);
        }

        var basis = protection switch
        {
            null => DeadlineBasis.Unknown,
            { FromTimer: true } => DeadlineBasis.Timer,
            _ => DeadlineBasis.Dates,
        };
        return new DeadlinePlan(deadlines, basis);
    }

    /// <summary>The timer when given; else shipping + protection_default, cut to delivered + delivered_cut once
    /// tracking says delivered (whichever is earlier).</summary>
    private ProtectionEnd? FindProtectionEnd(DeadlineFacts facts)
    {
        if (facts.ProtectionEndsOn is { } timer)
        {
            return new ProtectionEnd(timer, _protectionDefault.Id, Estimate: false, FromTimer: true);
        }

        ProtectionEnd? estimate = null;
        if (facts.ShippedOn is { } shipped && Shift(shipped, _protectionDefault.Days) is { } byDefault)
        {
            estimate = new ProtectionEnd(byDefault, _protectionDefault.Id, Estimate: true, FromTimer: false);
        }

        if (facts.TrackingSaysDelivered && facts.DeliveredOn is { } delivered
            && Shift(delivered, _deliveredCut.Days) is { } cut && (estimate is null || cut < estimate.Value.Date))
        {
            estimate = new ProtectionEnd(cut, _deliveredCut.Id, Estimate: true, FromTimer: false);
        }

        return estimate;
    }

    /// <summary>
    /// The earliest of the protection end and, unless the parcel is known not to have arrived, delivery +
    /// after_protection_grace. A tie goes to the protection end (the timer, when read, is the truth).
    /// </summary>
    private void AddLastDisputeDay(List<Deadline> deadlines, DeadlineFacts facts, ProtectionEnd? protection, DateOnly today)
    {
        DateOnly? date = protection?.Date;
        var ruleId = protection?.RuleId;
        var estimate = protection?.Estimate ?? false;

        if (facts.Group != ArrivalGroup.NotReceived && facts.DeliveredOn is { } delivered
            && Shift(delivered, _afterProtectionGrace.Days) is { } graceEnd && (date is null || graceEnd < date))
        {
            date = graceEnd;
            ruleId = _afterProtectionGrace.Id;
            estimate = _afterProtectionGrace.Estimate;
        }

        if (date is { } last && ruleId is not null)
        {
            deadlines.Add(Make(DeadlineKind.LastDisputeDay, last, ruleId, estimate, today));
        }
    }

    /// <summary>A last day: <paramref name="from"/> + the rule's days.</summary>
    private static void Add(List<Deadline> deadlines, DeadlineKind kind, DateOnly from, DeadlineRule rule, DateOnly today)
    {
        if (Shift(from, rule.Days) is { } date)
        {
            deadlines.Add(Make(kind, date, rule.Id, rule.Estimate, today));
        }
    }

    /// <summary>A window that opens on <paramref name="from"/> + the rule's days: NotYet before it, Passed from then on.</summary>
    private static void AddWindow(List<Deadline> deadlines, DeadlineKind kind, DateOnly from, DeadlineRule rule, DateOnly today)
    {
        if (Shift(from, rule.Days) is { } date)
        {
            var daysLeft = date.DayNumber - today.DayNumber;
            deadlines.Add(new Deadline(kind, date, daysLeft, daysLeft > 0 ? DeadlineStatus.NotYet : DeadlineStatus.Passed, rule.Id, rule.Estimate));
        }
    }

    private static Deadline Make(DeadlineKind kind, DateOnly date, string ruleId, bool estimate, DateOnly today)
    {
        var daysLeft = date.DayNumber - today.DayNumber;
        var status = daysLeft switch
        {
            > 0 => DeadlineStatus.Open,
            0 => DeadlineStatus.Today,
            _ => DeadlineStatus.Passed,
        };
        return new Deadline(kind, date, daysLeft, status, ruleId, estimate);
    }

    /// <summary><paramref name="date"/> + <paramref name="days"/>, or null past the calendar's ends (never throws).</summary>
    private static DateOnly? Shift(DateOnly date, int days)
    {
        var dayNumber = (long)date.DayNumber + days;
        return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber
            ? null
            : DateOnly.FromDayNumber((int)dayNumber);
    }

    private readonly record struct ProtectionEnd(DateOnly Date, string RuleId, bool Estimate, bool FromTimer);
}
