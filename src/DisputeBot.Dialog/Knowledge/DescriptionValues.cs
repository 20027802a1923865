namespace DisputeBot.Dialog.Knowledge;

/// <summary>What the dialog knows for a category's ready-to-paste description. Any may be missing.</summary>
/// <param name="Details">The buyer's own words about the problem.</param>
/// <param name="Ordered">Pieces ordered (quantity problems).</param>
/// <param name="Received">Pieces received.</param>
/// <param name="ShippedOn">Shipping date, already formatted for the buyer's language.</param>
/// <param name="DeliveredOn">Delivery date, already formatted.</param>
public sealed record DescriptionValues(
    string? Details = null,
    int? Ordered = null,
    int? Received = null,
    string? ShippedOn = null,
    string? DeliveredOn = null);
