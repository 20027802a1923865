using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// A buyer correcting themselves ("sorry i meant 49.99 not 59.99", "wait actually its 7", "it was 10 not 8"): the value
/// taken back names the fact it replaces, the price, the offer, a count or the countdown's days; without one, the new
/// value's kind does (cents or a currency are money; a bare count beside counts of pieces is the pieces that came). The
/// change is said back ("Changed: …") and whatever depends on it is worked out again; the open question is not answered
/// with it (issue 13 "Whole messages": a correction is applied and confirmed).
/// </summary>
internal sealed partial class DisputeConversation
{
    /// <summary>The paid amount was said back in this turn ("Changed: you paid …"): no second note of it.</summary>
    private bool _paidSaidNow;

    /// <summary>The paid amount was first given in this turn: it is acknowledged if no refund advice names it.</summary>
    private bool _paidNewNow;

    private enum Corrected
    {
        None,
        Paid,
        Offer,
        Ordered,
        Received,
        Missing,
        TimerDays,
    }

    /// <summary>Applies a corrected amount or count; true when it did, and the message's other readings of its numbers
    /// (a price after "was", a bare count as the countdown) are then no facts.</summary>
    private bool ApplyNumberCorrection(MessageFacts f)
    {
        if (f.Correction is { NewPercent: { } share } percent && (_state.OfferPercent is not null || percent.TakenBackNumber is not null)
            && _state.OfferPercent != share)
        {
            // "sorry 30% not 20%": the seller's share offered, weighed again against the price.
            _state.OfferPercent = share;
            _state.OfferAmount = null;
            Say("changed.offer", ("offer", Number(share) + "%"));
            _amountsNow = true;
            return true;
        }

        if (f.Correction is not { NewNumber: { } value } c || value <= 0 || f.Timer is not null || f.Quantities is not null
            || f.ReceivedOnly is not null)
        {
            return false;
        }

        var target = c.TakenBackNumber is { } back ? Holding(back, c.NewIsMoney) : Corrected.None;
        if (target == Corrected.None && (c.Cued || c.TakenBackNumber is not null))
        {
            target = Guess(value, c.NewIsMoney);
        }

        // "sorry 12 days not 10" at the shipping question: the countdown's days, not a day it shipped; a count of days
        // corrects nothing else.
        if ((c.NewIsDays && target != Corrected.TimerDays)
            || (target != Corrected.TimerDays && (f.ShippedOn is not null || f.DeliveredOn is not null || f.PaidOn is not null)))
        {
            return false;
        }

        var whole = decimal.Truncate(value) == value && value < MaxProtectionDays * 10 ? (int)value : (int?)null;
        var s = _state;
        switch (target)
        {
            case Corrected.Paid:
                var before = s.PaidAmount;
                s.PaidAmount = value;
                s.Currency = NamedCurrency() ?? s.Currency;
                Say(before is null ? "noted.paidamount" : "changed.paidamount", ("paid", Money(value)));
                _paidSaidNow = true;
                _amountsNow = true;
                return true;
            case Corrected.Offer:
                s.OfferAmount = value;
                s.OfferPercent = null;
                s.Currency = NamedCurrency() ?? s.Currency;
                Say("changed.offer", ("offer", Money(value)));
                _amountsNow = true;
                return true;
            case Corrected.Ordered when whole is { } ordered && ordered >= (s.QuantityReceived ?? 0):
                return Recount(s.QuantityReceived, ordered);
            case Corrected.Received when whole is { } received && s.QuantityOrdered is { } ordered && received <= ordered:
                return Recount(received, ordered);
            case Corrected.Missing when whole is { } missing && s.QuantityOrdered is { } ordered && missing <= ordered:
                s.MissingCount = missing;
                return Recount(ordered - missing, ordered);
            case Corrected.TimerDays when whole is { } days && days <= MaxProtectionDays:
                ApplyTimer(new TimerFact(TimerKind.Running, _today.AddDays(days), TimeSpan.FromDays(days)));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The currency the message names with its amounts ("i meant 16 euros"), if any.</summary>
    private string? NamedCurrency() => _text is { } text ? _kit.Amounts.Read(text, _kit.Culture).Currency : null;

    /// <summary>The counts said again: "Changed: you received 7 of 10 pieces", and what the missing pieces are worth
    /// worked out again when the price is known.</summary>
    private bool Recount(int? received, int ordered)
    {
        _state.QuantityOrdered = ordered;
        if (received is { } got)
        {
            _state.QuantityReceived = got;
            Say("changed.quantities", ("received", got), ("ordered", ordered));
        }

        _learned = true;
        _amountsNow |= _state.PaidAmount is not null;
        return true;
    }

    /// <summary>The fact that holds the value taken back ("not 59.99" when 59.99 was paid); counts first unless the
    /// new value is money.</summary>
    private Corrected Holding(decimal back, bool money)
    {
        var s = _state;
        Corrected Amounts() => s.PaidAmount == back ? Corrected.Paid : s.OfferAmount == back ? Corrected.Offer : Corrected.None;
        Corrected Counts() => s.QuantityOrdered == back ? Corrected.Ordered
            : s.QuantityReceived == back ? Corrected.Received
            : s.MissingCount == back || (s.QuantityOrdered - s.QuantityReceived) == back ? Corrected.Missing
            : s.ProtectionEndsOn is { } end && !s.TimerEnded && end.DayNumber - _today.DayNumber == back ? Corrected.TimerDays
            : Corrected.None;
        return money
            ? Amounts() is var amount and not Corrected.None ? amount : Counts()
            : Counts() is var count and not Corrected.None ? count : Amounts();
    }

    /// <summary>The fact a new value without one taken back corrects: money is the price (or the offer, when only that is
    /// known; nothing when neither is); a bare count beside counts of pieces is the pieces that came.</summary>
    private Corrected Guess(decimal value, bool money)
    {
        var s = _state;
        if (money)
        {
            // Nothing to correct yet: "actually it never came, paid 30 dollars" is read as any price is.
            return s.PaidAmount is not null ? Corrected.Paid : s.OfferAmount is not null ? Corrected.Offer : Corrected.None;
        }

        if (s.QuantityOrdered is { } ordered)
        {
            return value <= ordered && value != s.QuantityReceived ? Corrected.Received : Corrected.None;
        }

        // "actually 6 came": a bare whole number is no price unless it names the one taken back (see Holding).
        return Corrected.None;
    }

    /// <summary>The step whose date a day taken back names ("not the 5th"): the same day, or the only fact on that day of
    /// a month; null when none or several.</summary>
    private DialogStep? HoldingDate(DateOnly back)
    {
        var s = _state;
        (DialogStep Step, DateOnly? Date)[] known =
        [
            (DialogStep.AskDeliveredOn, s.DeliveredOn), (DialogStep.AskShippedOn, s.ShippedOn), (DialogStep.AskPaidOn, s.PaidOn),
            (DialogStep.AskDisputeOpened, s.DisputeOpenedOn), (DialogStep.AskTimer, s.ProtectionEndsOn),
        ];
        foreach (var (step, date) in known)
        {
            if (date == back)
            {
                return step;
            }
        }

        var sameDay = known.Where(k => k.Date?.Day == back.Day).ToArray();
        return sameDay.Length == 1 ? sameDay[0].Step : null;
    }
}
