using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Questions whose answer depends on what the buyer said before: "is that enough?" after evidence or an offer, "is that
/// normal?" after a slow parcel or a silent seller, "is the seller right?" after a seller's claim, "when do I get my money
/// back?" of a cancelled order. Each gets a direct answer from the state, grounded in the guides, never a reprompt.
/// </summary>
internal sealed partial class DisputeConversation
{
    private const string IsItNormal = "is_it_normal";

    private const string IsItEnough = "is_it_enough";

    private const string SellerClaim = "seller_claim";

    private const string CancelRefund = "cancel_refund";

    /// <summary>The buyer's message before this one said the seller does not answer (read at the start of the turn).</summary>
    private bool _silenceBefore;

    /// <summary>Answers a question that hangs on the state; false when <paramref name="entry"/> is not such a question.</summary>
    private bool AnswerFromState(FaqEntry entry)
    {
        switch (entry.Id)
        {
            case IsItNormal:
                AnswerIsItNormal(entry);
                return true;
            case IsItEnough:
                AnswerIsItEnough(entry);
                return true;
            case RefundTiming when CancelsInstead:
            case CancelRefund:
                AnswerCancelRefund();
                return true;
            default:
                return false;
        }
    }

    /// <summary>An unshipped order being cancelled, or cancelled, with no dispute: its money comes from the cancellation.</summary>
    private bool CancelsInstead =>
        FollowsCancellation || (_state is { Cancel: CancelStatus.Cancelled, DisputeOpenedOn: null } && _state.Dispute is null);

    /// <summary>The seller's silence, when this message or the one before told it (seed 001 line 14: open the dispute;
    /// seed 003 line 36: a silent seller in a dispute loses); else how long a parcel may take (seed 000 line 146), or
    /// for an unshipped order, the cancellation (seed 002 line 33).</summary>
    private void AnswerIsItNormal(FaqEntry entry)
    {
        var silence = _text is { } text && _kit.Text.FaqFits(text, SellerSilent);
        if ((silence || _silenceBefore) && FaqEntryOf(SellerSilent) is { } silent)
        {
            _state.SellerSilent = true;
            Answer(silent);
            return;
        }

        if (FollowsCancellation && AnswerCancelDeadline())
        {
            return;
        }

        _replies.Add(new TextReply(Cite(entry.Answer)));
        _askDue = true;
        if (ExtensionTooLate && Group == ArrivalGroup.NotReceived)
        {
            // A few days left: the extension the general answer mentions may not be approved in time (seed 000: 48 h).
            Say(ExtensionLateKey);
        }

        // The day it shipped dates the first day of a not-received dispute: this buyer's answer, not only the rule.
        if (Group == ArrivalGroup.NotReceived && _state.ShippedOn is not null
            && Plan().Find(Deadlines.DeadlineKind.FirstDisputeDay) is { FromTimer: false } first)
        {
            Say(first.Status == Deadlines.DeadlineStatus.NotYet ? "noted.first_day" : "noted.first_day_passed", ("date", FormatDate(first.Date)));
        }
    }

    /// <summary>An offer is weighed against what is owed; evidence against the problem's checklist (seed 002 line 47:
    /// without proof a refused request is lost); with neither known, what wins a dispute.</summary>
    private void AnswerIsItEnough(FaqEntry entry)
    {
        _askDue = true;
        if (OfferKnown && AdviseRefund())
        {
            return;
        }

        if (Category is not { } category)
        {
            _replies.Add(new TextReply(Cite(entry.Answer)));
            return;
        }

        var have = new List<string>(category.Checklist.Count);
        var missing = new List<string>(category.Checklist.Count);
        foreach (var item in category.Checklist)
        {
            (_state.EvidenceDone.Contains(item.Id) ? have : missing).Add(item.Text);
        }

        if (have.Count == 0)
        {
            Say("enough.none", ("label", category.Label));
            ShowChecklist();
            return;
        }

        Say("enough.have", ("label", category.Label), ("have", string.Join("; ", have)));
        if (missing.Count == 0)
        {
            Say("enough.all");
        }
        else
        {
            Say("enough.missing", ("missing", string.Join("; ", missing)));
        }
    }

    /// <summary>The money of a cancelled order: back the way it was paid, a few days after (seed 004 lines 79-81), once the
    /// seller has decided within its days (seed 002 line 33), dated from the request when the buyer gave its day.</summary>
    private void AnswerCancelRefund()
    {
        _refundTimingNow = true;
        _askDue = true;
        if (_state.Cancel == CancelStatus.Cancelled)
        {
            Say("settled.cancelled");
            return;
        }

        if (FaqEntryOf(CancelRefund) is { } entry)
        {
            _replies.Add(new TextReply(Cite(entry.Answer)));
        }

        if (FollowsCancellation && _state.CancelAskedOn is { } asked && !_cancelSaidNow)
        {
            SayCancelEnd(asked);
            _cancelSaidNow = true;
        }
    }

    /// <summary>Notes whether this message tells that the seller does not answer; what the message before told is kept
    /// for "is that normal?" in this turn.</summary>
    private void NoteSilence(string text, bool asks)
    {
        _silenceBefore = _state.SellerSilent;
        _state.SellerSilent = !asks && _kit.Text.FaqFits(text, SellerSilent);
    }

    private FaqEntry? FaqEntryOf(string id)
    {
        foreach (var entry in _kit.Pack.Faq)
        {
            if (entry.Id == id)
            {
                return entry;
            }
        }

        return null;
    }
}
