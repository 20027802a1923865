using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Which warning a trap gets, worded for where the order stands (<see cref="TrapSituation"/>).</summary>
internal sealed partial class DisputeConversation
{
    private const string PayOutside = "pay_outside";

    private const string ClosePaypal = "close_for_paypal";

    /// <summary>Where the order stands, from what is known and what this message tells.</summary>
    private TrapSituation SituationOf(MessageFacts f)
    {
        var dispute = (f.Trap is null || f.Dispute?.On is not null || f.Dispute?.Kind == DisputeKind.Refunded ? f.Dispute : OwnDispute())?.Kind
            ?? _state.Dispute;
        if (dispute == DisputeKind.Refunded)
        {
            return TrapSituation.Refunded;
        }

        if (dispute == DisputeKind.Open || (_state.DisputeOpenedOn is not null && dispute is null or DisputeKind.Open))
        {
            return TrapSituation.DisputeOpen;
        }

        if (_state.NotShipped || f.NotShipped)
        {
            return TrapSituation.Unshipped;
        }

        return _state.TimerEnded || f.Timer?.Kind == TimerKind.Ended ? TrapSituation.TimerEnded : TrapSituation.NoDispute;
    }

    /// <summary>Whether the trap can be there at all. Closing a dispute for a promise needs a dispute: an order that
    /// has not shipped has none, only a cancellation (seed 002: ask to cancel; the seller decides whether it can ship),
    /// and with no dispute known only a cue matched in full shows one ("if i cancel when do i get my money back" comes
    /// near a closing cue without naming a dispute). A refund offered outside AliExpress is a trap with or without a
    /// dispute. Once the refund came through inside the dispute, closing it, waiting or confirming costs nothing
    /// (domain-rules: closing is then safe); only paying more is still a trap.</summary>
    private bool TrapPossible(TrapWarning trap, TrapSituation situation, MessageFacts f, string text)
    {
        if (situation == TrapSituation.Refunded)
        {
            return trap.Id == PayOutside;
        }

        // A refund offered through PayPal or Western Union is outside AliExpress whether or not a dispute is open.
        if (!IsClosing(trap.Id) || trap.Id == ClosePaypal)
        {
            return true;
        }

        if (situation == TrapSituation.Unshipped)
        {
            return false;
        }

        var disputeKnown = situation == TrapSituation.DisputeOpen || f.Dispute is not null
            || _state.Dispute is DisputeKind.Open or DisputeKind.Closed;
        return disputeKnown || _kit.Text.TrapFullyMatches(text, trap.Id) || _kit.EnglishText?.TrapFullyMatches(text, trap.Id) == true;
    }

    /// <summary>A dispute the buyer tells beside a seller's message ("i opened a dispute. seller says wait"), never one
    /// the seller's words name ("click order received and then open a dispute").</summary>
    private DisputeFact? OwnDispute() =>
        _text is { } text && ToldBesideTrap(text) is { Length: > 0 } own
            ? _read(own, new MessageContext(_localNow, DayFirst, Group, Expectation.Nothing)).Dispute
            : null;

    /// <summary>The warning's text for the situation: its own wording there if the language has one, else the
    /// warning's text (which turns to "open the dispute now" when too few days are left for an extension).</summary>
    private string WarningText(TrapWarning trap, TrapSituation situation)
    {
        var key = SituationKey("warning." + trap.Id, situation);
        return Cite(key is not null ? Text[key] : ExtensionAwareWarning(trap.Text));
    }

    /// <summary>The follow-up ("should I?") to the warning just given, for the situation now.</summary>
    private string FollowUpKey(string warned, TrapSituation situation) =>
        SituationKey("followup." + warned, situation)
        ?? (warned == WaitPastDeadline && ExtensionTooLate ? ExtensionLateKey
            : Text.Contains("followup." + warned) ? "followup." + warned : "followup.generic");

    private string? SituationKey(string prefix, TrapSituation situation)
    {
        if (situation == TrapSituation.NoDispute)
        {
            return null;
        }

        var key = prefix + "." + SituationName(situation);
        return Text.Contains(key) ? key : null;
    }

    private static string SituationName(TrapSituation situation) => situation switch
    {
        TrapSituation.DisputeOpen => "dispute_open",
        TrapSituation.Unshipped => "unshipped",
        TrapSituation.TimerEnded => "timer_ended",
        TrapSituation.Refunded => "refunded",
        _ => "no_dispute",
    };

    /// <summary>"seller says wait 15 more days" with fewer days on the countdown: the wait would run past the timer's
    /// end, which the warning alone leaves the buyer to work out.</summary>
    private void WeighSellerWait(TrapWarning trap, MessageFacts f, TrapSituation situation)
    {
        if (trap.Id == WaitPastDeadline && situation == TrapSituation.NoDispute && f.SellerWaitUntil is { } wait
            && (_state.ProtectionEndsOn ?? _endToldNow) is { } end && end >= _today && wait > end)
        {
            Say("warning.wait_beyond_timer", ("date", FormatDate(end)));
        }
    }
}
