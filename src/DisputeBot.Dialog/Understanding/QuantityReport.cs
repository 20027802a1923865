namespace DisputeBot.Dialog.Understanding;

/// <summary>Pieces received and ordered, as the buyer said them ("only 5 of the 12" → 5, 12).</summary>
public sealed record QuantityReport(int Received, int Ordered);
