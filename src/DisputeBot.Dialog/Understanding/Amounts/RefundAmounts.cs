namespace DisputeBot.Dialog.Understanding;

/// <summary>The money a message names for the refund: what the buyer paid, what the missing part cost, what the seller
/// offers. Null where the message does not say.</summary>
public sealed record RefundAmounts(decimal? Paid, decimal? MissingValue, decimal? Offer)
{
    public bool IsEmpty => Paid is null && MissingValue is null && Offer is null;
}
