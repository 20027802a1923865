using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Deadlines;

/// <summary>
/// Turns what the buyer told us into dated deadlines, every number taken from the rule book. Pure: dates in, dates out;
/// "today" is the buyer's own calendar day. A deadline whose inputs are missing is left out.
/// </summary>
/// <remarks>
/// Buyer-safe by construction (shared/notes/domain-rules.md, "How to say the uncertain rules"):
/// <list type="bullet">
/// <item>The timer wins. Once the buyer read it, the last day to open a dispute is the timer's end, never a rule's date
/// (earlier or later), so card, summary, reminders and calendar all show the day the order page shows.</item>
/// <item>Where the rules leave room, the earliest date wins: a received item gets at most after_delivery days from
/// delivery (from today when the day is unknown); "delivered" in the tracking cuts the time to delivered_cut days.</item>
/// <item>The longest protection a seller can set (protection_longest) is never used as an end: without a timer a parcel
/// not received gets no last day, only the advice to find the timer.</item>
/// <item>No date is derived after the timer (seed 002's 15 more days are said in words, as uncertain).</item>
/// </list>
/// The card chargeback counts from the payment date: the 90-day figure is the shortest card-scheme window.
/// </remarks>
public sealed class DeadlineCalculator(RuleBook rules)
{
    private readonly DeadlineRule _timerRule = rules[RuleIds.ProtectionLongest];
    private readonly DeadlineRule _earliestNotReceived = rules[RuleIds.EarliestNotReceived];
    private readonly DeadlineRule _afterDelivery = rules[RuleIds.AfterDelivery];
    private readonly DeadlineRule _deliveredCut = rules[RuleIds.DeliveredCut];
    private readonly DeadlineRule _sellerResponse = rules[RuleIds.SellerResponse];
    private readonly DeadlineRule _escalateFrom = rules[RuleIds.EscalateFrom];
    private readonly DeadlineRule _autoEscalation = rules[RuleIds.AutoEscalation];
    private readonly DeadlineRule _extensionLead = rules[RuleIds.ExtensionLead];
    private readonly DeadlineRule _extensionLeadMin = rules[RuleIds.ExtensionLeadMin];
    private readonly DeadlineRule _extensionAnswer = rules[RuleIds.ExtensionAnswer];
    private readonly DeadlineRule _payPalDispute = rules[RuleIds.PayPalDispute];
    private readonly DeadlineRule _payPalEscalation = rules[RuleIds.PayPalEscalation];
    private readonly DeadlineRule _cardChargeback = rules[RuleIds.CardChargeback];

    public DeadlinePlan Compute(DeadlineFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var timer = new Timer(facts.ProtectionEndsOn, facts.TimerEnded, today);

        if (facts.NotShipped && facts.DisputeOpenedOn is null)
        {
            // Not a dispute yet: the buyer asks to cancel (seed 002), and no dispute date applies.
            return new DeadlinePlan([], DeadlineBasis.Unknown)
            {
                Window = DisputeWindow.CancelOrder,
                Payment = facts.Payment,
                TimerEndsOn = timer.End,
                TimerRuns = timer.Runs,
                TimerEnded = timer.Ended,
            };
        }

        var deadlines = new List<Deadline>(10);
        var notReceived = facts.Group != ArrivalGroup.Received;

        // Added in DeadlineKind order.
        Deadline? first = null;
        var disputeOpen = facts.DisputeOpenedOn is not null;
        if (notReceived && !disputeOpen && !facts.TrackingSaysDelivered && facts.ShippedOn is { } shipped
            && Shift(shipped, _earliestNotReceived.Days) is { } firstDay)
        {
            var (date, fromTimer) = timer.CapWindowStart(firstDay);
            var daysLeft = date.DayNumber - today.DayNumber;
            first = new Deadline(DeadlineKind.FirstDisputeDay, date, daysLeft, daysLeft > 0 ? DeadlineStatus.NotYet : DeadlineStatus.Passed,
                _earliestNotReceived.Id, _earliestNotReceived.Estimate, fromTimer);
            deadlines.Add(first);
        }

        var protection = ProtectionEnd(timer, today);
        if (protection is not null)
        {
            deadlines.Add(protection);
        }

        var last = LastDisputeDay(facts, timer, today);
        var window = Window(facts, timer, first, last);
        var extension = ExtensionAdvice.None;
        if (window == DisputeWindow.Open && notReceived && !facts.TrackingSaysDelivered && last is not null && first is not { Status: DeadlineStatus.NotYet })
        {
            extension = last.DaysLeft > _extensionLead.Days ? ExtensionAdvice.AskLater
                : last.DaysLeft >= _extensionLeadMin.Days ? ExtensionAdvice.AskNow
                : ExtensionAdvice.OpenInstead;
            if (extension != ExtensionAdvice.OpenInstead)
            {
                AddBefore(deadlines, DeadlineKind.RequestExtensionBy, last, _extensionLeadMin, today);
                AddBefore(deadlines, DeadlineKind.OpenIfNoExtensionBy, last, _extensionAnswer, today);
            }
        }

        // With a dispute already open, the last day to open one says nothing: the dispute's own dates count.
        if (last is not null && !disputeOpen)
        {
            deadlines.Add(last);
        }

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

        var basis = timer.End is not null ? DeadlineBasis.Timer
            : last is not null ? DeadlineBasis.Dates
            : DeadlineBasis.Unknown;
        var openNow = window == DisputeWindow.Ended
            || (window == DisputeWindow.Open && (facts.TrackingSaysDelivered || extension == ExtensionAdvice.OpenInstead
                || last is { DaysLeft: var left } && left < _extensionLeadMin.Days));
        return new DeadlinePlan(deadlines, basis)
        {
            Window = window,
            Extension = extension,
            OpenNow = openNow,
            RunningOut = window == DisputeWindow.Open && last is { } end && end.DaysLeft <= _extensionLead.Days,
            TrackingSaysDelivered = facts.TrackingSaysDelivered,
            Payment = facts.Payment,
            TimerEndsOn = timer.End,
            TimerRuns = timer.Runs,
            TimerEnded = timer.Ended,
        };
    }

    /// <summary>The timer's end, only when the buyer read it: "buyer protection ends" is the countdown's own date. A date
    /// derived from a rule (the cut after "delivered", shipping + the longest protection) is never shown as the timer;
    /// the rule's date appears only as the estimated last day to open a dispute.</summary>
    private Deadline? ProtectionEnd(Timer timer, DateOnly today) =>
        timer.End is { } end ? Make(DeadlineKind.ProtectionEnds, end, _timerRule.Id, estimate: false, fromTimer: true, today) : null;

    /// <summary>
    /// The timer's end when the buyer read it, whatever the rules would give. Without a timer, the earliest of: for a
    /// received item, delivery (else today) + after_delivery; once tracking says delivered, that day (else today) +
    /// delivered_cut. Null when nothing dates it.
    /// </summary>
    private Deadline? LastDisputeDay(DeadlineFacts facts, Timer timer, DateOnly today)
    {
        if (timer.SaidEnded && timer.End is null)
        {
            // Ended on a day not given: no date after it may be derived, and all of them would be behind us.
            return null;
        }

        // The timer wins outright (domain rules): the order page's countdown already counts a "delivered" in the
        // tracking or a confirmed receipt, so a rule's date, earlier or later, never replaces the day it shows.
        if (timer.End is { } timerEnd)
        {
            return Make(DeadlineKind.LastDisputeDay, timerEnd, _timerRule.Id, estimate: false, fromTimer: true, today);
        }

        DateOnly? date = null;
        DeadlineRule? rule = null;

        void Consider(DateOnly? candidate, DeadlineRule from)
        {
            if (candidate is { } day && (date is null || day < date))
            {
                date = day;
                rule = from;
            }
        }

        if (facts.DisputeOpenedOn is null)
        {
            if (facts.Group == ArrivalGroup.Received)
            {
                Consider(Shift(facts.DeliveredOn ?? today, _afterDelivery.Days), _afterDelivery);
            }

            if (facts.TrackingSaysDelivered)
            {
                Consider(Shift(facts.DeliveredOn ?? today, _deliveredCut.Days), _deliveredCut);
            }
        }

        return date is { } derived && rule is not null
            ? Make(DeadlineKind.LastDisputeDay, derived, rule.Id, rule.Estimate, fromTimer: false, today)
            : null;
    }

    private static DisputeWindow Window(DeadlineFacts facts, Timer timer, Deadline? first, Deadline? last)
    {
        if (facts.DisputeOpenedOn is not null)
        {
            return DisputeWindow.DisputeOpen;
        }

        if (timer.Ended || (!timer.Runs && last is { Status: DeadlineStatus.Passed }))
        {
            return DisputeWindow.Ended;
        }

        if (first is { Status: DeadlineStatus.NotYet })
        {
            return DisputeWindow.NotYet;
        }

        return last is null ? DisputeWindow.Unknown : DisputeWindow.Open;
    }

    /// <summary><paramref name="end"/> − the rule's days, if still ahead: a step to take before the end.</summary>
    private static void AddBefore(List<Deadline> deadlines, DeadlineKind kind, Deadline end, DeadlineRule rule, DateOnly today)
    {
        if (Shift(end.Date, -rule.Days) is { } date && date >= today)
        {
            deadlines.Add(Make(kind, date, rule.Id, rule.Estimate || end.Estimate, fromTimer: false, today));
        }
    }

    /// <summary>A last day: <paramref name="from"/> + the rule's days.</summary>
    private static void Add(List<Deadline> deadlines, DeadlineKind kind, DateOnly from, DeadlineRule rule, DateOnly today)
    {
        if (Shift(from, rule.Days) is { } date)
        {
            deadlines.Add(Make(kind, date, rule.Id, rule.Estimate, fromTimer: false, today));
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

    private static Deadline Make(DeadlineKind kind, DateOnly date, string ruleId, bool estimate, bool fromTimer, DateOnly today)
    {
        var daysLeft = date.DayNumber - today.DayNumber;
        var status = daysLeft switch
        {
            > 0 => DeadlineStatus.Open,
            0 => DeadlineStatus.Today,
            _ => DeadlineStatus.Passed,
        };
        return new Deadline(kind, date, daysLeft, status, ruleId, estimate, fromTimer);
    }

    /// <summary><paramref name="date"/> + <paramref name="days"/>, or null past the calendar's ends (never throws).</summary>
    internal static DateOnly? Shift(DateOnly date, int days)
    {
        var dayNumber = (long)date.DayNumber + days;
        return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber
            ? null
            : DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>What the buyer read on the order page's countdown.</summary>
    private readonly record struct Timer(DateOnly? End, bool SaidEnded, DateOnly Today)
    {
        /// <summary>The countdown still runs today.</summary>
        public bool Runs => End is { } end && end >= Today && !SaidEnded;

        /// <summary>The countdown has ended (said so, or its day is behind us).</summary>
        public bool Ended => SaidEnded || End < Today;

        /// <summary>The first day of the window: never after the timer's end (by then a dispute is due).</summary>
        public (DateOnly Date, bool FromTimer) CapWindowStart(DateOnly date) =>
            End is { } end && date > end ? (end, true) : (date, false);
    }
}
