using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Help topics answered from what the buyer already told: the dispute text, the day to escalate, the PayPal
/// window's last day, what was said. The general answer is for when those facts are still missing.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>"write the dispute text for me pls": the text /summary builds.</summary>
    private const string DisputeTextTopic = "dispute_text";

    /// <summary>"what did i tell you": the facts kept, as /summary shows them.</summary>
    private const string WhatToldTopic = "what_i_told";

    /// <summary>"can i escalate already": yes or no, with the day (opened + escalate_from).</summary>
    private const string EscalateTopic = "escalate_when";

    private const string PayPalDisputeTopic = "paypal_dispute";

    /// <summary>"can i open a dispute already?": from the shipping day (earliest_not_received), or the cancellation.</summary>
    private const string WhenToOpenTopic = "when_to_open";

    private const string PayPalBanTopic = "paypal_ban";

    /// <summary>The topic answered from the facts kept; false when they don't answer it (the general answer then does).</summary>
    private bool AnswerFromFacts(Knowledge.FaqEntry entry)
    {
        switch (entry.Id)
        {
            case DisputeTextTopic or WhatToldTopic when Category is not null:
                // The summary says what is known and what is still missing (evidence, dates) plainly.
                ShowSummary();
                break;

            case DisputeTextTopic when _state.Arrival is not null || _state.NotShipped:
                // What is still missing, said plainly: the problem, which the open question asks next.
                Say("dispute_text.need_problem");
                break;

            case EscalateTopic when _state.DisputeOpenedOn is { } opened && Plan().Find(DeadlineKind.EscalateFrom) is { } from:
                Say(from.Status is DeadlineStatus.NotYet or DeadlineStatus.Open ? "escalate.not_yet" : "escalate.now",
                    ("opened", FormatDate(opened)), ("date", FormatDate(from.Date)), ("days", DaysText(from.DaysLeft)));
                break;

            case WhenToOpenTopic when FollowsCancellation:
                // "can i open a dispute already?" of an unshipped order: not a dispute yet; the cancellation answers.
                AnswerCancelDeadline();
                break;

            case WhenToOpenTopic when _state.ShippedOn is { } shipped && Plan() is { TimerEnded: false } plan
                && plan.Find(DeadlineKind.FirstDisputeDay) is { FromTimer: false } first:
                Say(first.Status is DeadlineStatus.NotYet or DeadlineStatus.Open ? "open.not_yet" : "open.now",
                    ("shipped", FormatDate(shipped)), ("date", FormatDate(first.Date)), ("days", DaysText(first.DaysLeft)));
                break;

            case PayPalDisputeTopic or PayPalBanTopic when PayPalDay() is { } by:
                if (entry.Id == PayPalBanTopic)
                {
                    _replies.Add(new TextReply(Cite(entry.Answer)));
                }

                SayPayPalDay(by);
                break;

            default:
                return false;
        }

        _askDue = true;
        return true;
    }

    /// <summary>The last day of a PayPal dispute (paid + paypal_dispute) while it is still ahead; null unless the order
    /// was paid with PayPal on a known day.</summary>
    private Deadline? PayPalDay() =>
        _state is { Payment: PaymentMethod.PayPal, PaidOn: not null }
        && Plan().Find(DeadlineKind.PayPalDisputeBy) is { Status: not DeadlineStatus.Passed } by
            ? by
            : null;

    /// <summary>Whether the PayPal window's day was said in this turn: said once.</summary>
    private bool _payPalDaySaidNow;

    private void SayPayPalDay(Deadline by)
    {
        Say("paypal.until", ("paid", FormatDate(_state.PaidOn!.Value)), ("date", FormatDate(by.Date)), ("days", DaysText(by.DaysLeft)));
        _payPalDaySaidNow = true;
    }

    /// <summary>"i paid with paypal on september 20" once the countdown has ended: the PayPal dispute is the route left
    /// (seed 000: 180 days from paying), said with its day as soon as the payment makes it one, not only when asked.</summary>
    private void OfferPayPalRoute(PaymentMethod? paidBefore, DateOnly? paidOnBefore)
    {
        if (_payPalDaySaidNow || _state.Payment != PaymentMethod.PayPal
            || (paidBefore == PaymentMethod.PayPal && (paidOnBefore is not null || _state.PaidOn is null))
            || !Plan().TimerEnded || _state.DisputeOpenedOn is not null || _state.Dispute is DisputeKind.Open or DisputeKind.Refunded)
        {
            return;
        }

        if (PayPalDay() is { } by)
        {
            SayPayPalDay(by);
        }
        else if (_state.PaidOn is null)
        {
            Say("passed.paypal_undated");
            _payPalDaySaidNow = true;
        }
    }

    /// <summary>"how much did i say i paid": the amount kept, beside how it was paid when that is known too.</summary>
    private string? PaidKnown()
    {
        var method = _state.Payment is { } paid and not PaymentMethod.Unknown ? Text["noted.payment_" + paid.ToString().ToLowerInvariant()] : null;
        var amount = _state.PaidAmount is { } money ? Text.Format("known.paid_amount", ("paid", Money(money))) : null;
        return amount is null ? method : method is null ? amount : amount + " " + method;
    }
}
