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
        // A new offer replaces the last one, whether it comes as money or as a share of the price.
        var newOffer = read.Offer is not null || read.OfferPercent is not null;
        _state = s with
        {
            Currency = read.Currency ?? s.Currency,
            PaidAmount = read.Paid ?? s.PaidAmount,
            MissingValue = read.MissingValue ?? s.MissingValue,
            OfferAmount = newOffer ? read.Offer : s.OfferAmount,
            OfferPercent = newOffer ? (read.Offer is null ? read.OfferPercent : null) : s.OfferPercent,
        };
        _amountsNow |= _state != s;
        if (s.PaidAmount is { } before && read.Paid is { } now && now != before)
        {
            Say("changed.paidamount", ("paid", Money(now))); // "i paid 39.99 not 99": a correction is confirmed, never silent
            _paidSaidNow = true;
        }

        _paidNewNow |= s.PaidAmount is null && read.Paid is not null;
    }

    /// <summary>The seller's offer in money: as typed, or its share of what the buyer paid ("30%" of "paid 28").</summary>
    private decimal? OfferMoney() => _state switch
    {
        { OfferAmount: { } offer } => offer,
        { OfferPercent: { } percent, PaidAmount: { } paid } => Math.Round(paid * percent / 100, 2, MidpointRounding.AwayFromZero),
        _ => null,
    };

    /// <summary>The seller made an offer the buyer told of (money or a share).</summary>
    private bool OfferKnown => _state.OfferAmount is not null || _state.OfferPercent is not null;

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
        if (OfferMoney() is { } offer && owed is { Owed: var due })
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

        if (OfferKnown)
        {
            WeighOffer();
            return true;
        }

        return false;
    }

    /// <summary>
    /// A partial offer where the buyer's numbers give no amount owed (a damaged or wrong item): what share of the price
    /// it is, by the buyer's own numbers, and what the guides say of partial refunds: the buyer keeps the item, a full
    /// refund may need a return at the buyer's cost (seed 000 lines 130-140; seed 004 line 63), the amount is the
    /// buyer's to set (seed 004 line 36), and nothing is closed until the money is in the dispute (seed 000 line 79).
    /// </summary>
    private void WeighOffer()
    {
        var s = _state;
        switch (s)
        {
            case { OfferAmount: { } offer, PaidAmount: { } paid } when paid > 0:
                Say("refund.offer_share", ("offer", Money(offer)), ("paid", Money(paid)), ("share", Share(offer, paid)));
                break;
            case { OfferPercent: { } percent, PaidAmount: { } paid }:
                Say("refund.offer_percent", ("percent", Number(percent)), ("offer", Money(OfferMoney() ?? 0)), ("paid", Money(paid)));
                break;
            case { OfferPercent: { } percent }:
                Say("refund.offer_percent_no_price", ("percent", Number(percent)));
                break;
            case { OfferAmount: { } offer }:
                Say("refund.offer_no_price", ("offer", Money(offer)));
                break;
        }

        Say("refund.partial_weigh");
    }

    /// <summary>The offer's share of the price in whole percent, never rounded up to 100 when it falls short.</summary>
    private string Share(decimal offer, decimal paid)
    {
        var share = Math.Round(offer * 100 / paid, 0, MidpointRounding.AwayFromZero);
        return Number(offer < paid ? Math.Min(share, 99) : share);
    }

    /// <summary>"How much do I ask for?" when the buyer's numbers answer it: what is owed, or for a flawed item the
    /// price it is weighed against; false when they don't (the common answer follows then).</summary>
    private bool AnswerHowMuch()
    {
        if (Owed() is not null)
        {
            return AdviseRefund();
        }

        if (_state.PaidAmount is { } paid && Group == Knowledge.ArrivalGroup.Received)
        {
            Say("refund.ask_for", ("paid", Money(paid)));
            return true;
        }

        return false;
    }
}
