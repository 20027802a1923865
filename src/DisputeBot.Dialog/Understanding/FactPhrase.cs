namespace DisputeBot.Dialog.Understanding;

/// <summary>The vocabulary lists that state a fact of the order or the dispute (see <see cref="TextUnderstanding"/>).</summary>
internal enum FactPhrase
{
    NotShipped,
    TrackingDelivered,
    DisputeOpened,
    DisputeClosed,
    Refunded,
    NoDispute,
    TimerEnded,
    Timer,
    Paid,
    AlreadyDone,
    ReceiptConfirmed,

    /// <summary>Proof the buyer has ("i filmed the unboxing", "i have photos of the label").</summary>
    Evidence,
    Shipped,
    Delivered,
    EvidenceHeld,
    Guess,
    CancelAsked,
    CancelRefused,
    CancelDone,
    CancelNotAsked,
}
