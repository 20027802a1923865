namespace DisputeBot.Dialog.Understanding;

/// <summary>The money a message names for the refund: what the buyer paid, what the missing part cost, what the seller
/// offers (as money, or as a share of the price: "30% refund"). Null where the message does not say.</summary>
public sealed record RefundAmounts(decimal? Paid, decimal? MissingValue, decimal? Offer)
{
    /// <summary>The seller's offer as a percentage of the price ("30% refund", "refund 20 percent").</summary>
    public decimal? OfferPercent { get; init; }

    /// <summary>The currency the buyer named with the amounts ("USD" for "$65", "EUR" for "22.50 euro"); the paid
    /// amount's when it names one.</summary>
    public string? Currency { get; init; }

    public bool IsEmpty => Paid is null && MissingValue is null && Offer is null && OfferPercent is null;
}
