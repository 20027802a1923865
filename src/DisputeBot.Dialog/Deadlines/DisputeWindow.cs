namespace DisputeBot.Dialog.Deadlines;

/// <summary>Where the buyer stands with opening an AliExpress dispute: what the reports lead with.</summary>
public enum DisputeWindow
{
    /// <summary>No end can be dated: not received and no timer read (the seller's delivery time may be far shorter
    /// than the longest one). The buyer finds the timer and opens as soon as the first day comes.</summary>
    Unknown,

    /// <summary>Not received, and the first day to open a dispute is still ahead.</summary>
    NotYet,

    /// <summary>A dispute can be opened now, up to the last day.</summary>
    Open,

    /// <summary>The timer has ended, or (no timer) the estimated last day is behind us: try to open at once; one guide
    /// allows 15 more days, another none. Never said while the timer runs.</summary>
    Ended,

    /// <summary>A dispute is already open: its own timeline counts.</summary>
    DisputeOpen,

    /// <summary>The order has not shipped: not a dispute yet; ask to cancel.</summary>
    CancelOrder,
}
