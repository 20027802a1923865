namespace DisputeBot.Dialog.Deadlines;

/// <summary>What the protection end (and the dates hanging on it) was computed from.</summary>
public enum DeadlineBasis
{
    /// <summary>The countdown on the buyer's order page: the truth.</summary>
    Timer,

    /// <summary>Estimated from the shipping or delivery date with the rule book's numbers.</summary>
    Dates,

    /// <summary>Neither a timer nor a shipping/delivery date: no protection end is known.</summary>
    Unknown,
}
