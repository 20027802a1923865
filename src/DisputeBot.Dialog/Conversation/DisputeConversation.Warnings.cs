using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Which warning a trap gets, worded for where the order stands (<see cref="TrapSituation"/>).</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Where the order stands, from what is known and what this message tells.</summary>
    private TrapSituation SituationOf(MessageFacts f)
    {
        var dispute = f.Dispute?.Kind ?? _state.Dispute;
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

    /// <summary>Whether the trap can be there at all: closing a dispute for a promise needs a dispute, and an order
    /// that has not shipped has none, only a cancellation (seed 002: ask to cancel; the seller decides whether it can
    /// ship). "If I cancel, when do I get my money back?" is about that cancellation.</summary>
    private static bool TrapPossible(TrapWarning trap, TrapSituation situation) =>
        !(situation == TrapSituation.Unshipped && IsClosing(trap.Id));

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
}
