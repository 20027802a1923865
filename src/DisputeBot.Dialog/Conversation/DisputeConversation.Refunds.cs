namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// How much refund: from the buyer's own numbers only. Missing pieces are worth their share of what was paid (paid ×
/// missing ÷ ordered), or the price of the missing item when the buyer gives it; nothing usable came, the whole amount.
/// A seller's partial offer is weighed against that: accept only if it covers it, inside the dispute, and close nothing
/// until the money has come through (seed 000; seed 004: the partial refund amount is the buyer's to request).
/// </summary>
internal sealed partial class DisputeConversation
{
    private const string LowballRefund = "lowball_refund";

    private const string EmptyPackage = "empty_package";

    /// <summary>This turn named an amount the case did not know.</summary>
    private bool _amountsNow;

    private void ApplyAmounts(string text)
    {
        if (_state.Step == DialogStep.AskReturnCosts)
        {
            return; // "25 12 8" there are the item's price, the return postage and the offer: the step reads them
        }

        var read = _kit.Amounts.Read(text, _kit.Culture);
        if (read.IsEmpty)
        {
            return;
        }

        var s = _state;
        _state = s with
        {
            PaidAmount = read.Paid ?? s.PaidAmount,
            MissingValue = read.MissingValue ?? s.MissingValue,
            OfferAmount = read.Offer ?? s.OfferAmount,
        };
        _amountsNow |= _state != s;
    }

    /// <summary>What the buyer is owed by their own numbers, and how it was worked out; null when they don't date it.</summary>
    internal (decimal Owed, string Key)? Owed()
    {
        var s = _state;
        if (s.MissingValue is { } value)
        {
            return (value, "refund.owed_missing");
        }

        if (s.PaidAmount is not { } paid)
        {
            return null;
        }

        if (s.QuantityOrdered is { } ordered and > 0 && s.QuantityReceived is { } received && received < ordered)
        {
            return (Math.Round(paid * (ordered - received) / ordered, 2, MidpointRounding.AwayFromZero), "refund.owed_share");
        }

        return Group == Knowledge.ArrivalGroup.NotReceived || s.CategoryId == EmptyPackage ? (paid, "refund.owed_full") : null;
    }

    /// <summary>Says what the buyer is owed and how a seller's offer compares; false when the numbers say nothing yet.</summary>
    private bool AdviseRefund()
    {
        var s = _state;
        var owed = Owed();
        if (s.OfferAmount is { } offer && owed is { Owed: var due })
        {
            Say(offer >= due ? "refund.offer_covers" : "refund.offer_short", ("offer", Money(offer)), ("owed", Money(due)), ("short", Money(due - offer)));
            return true;
        }

        if (owed is { } worked)
        {
            var ordered = s.QuantityOrdered ?? 0;
            Say(worked.Key, ("owed", Money(worked.Owed)), ("paid", s.PaidAmount is { } p ? Money(p) : string.Empty),
                ("ordered", ordered), ("missing", ordered - (s.QuantityReceived ?? 0)));
            return true;
        }

        if (s.OfferAmount is { } alone && s.PaidAmount is { } paid)
        {
            Say("refund.offer_of_paid", ("offer", Money(alone)), ("paid", Money(paid)));
            return true;
        }

        return false;
    }
}
