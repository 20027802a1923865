namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Where the order stands when a seller's trap shows up. The same request needs different advice in each: "wait 15
/// more days" means "ask for an extension" before a dispute, "keep the dispute open and escalate" once one is open,
/// and "try to open it at once" after the countdown ended (domain-rules.md, "Scams and pitfalls"). A language may
/// word a warning for a situation as the message <c>warning.{id}.{situation}</c> (and its follow-up as
/// <c>followup.{id}.{situation}</c>); without one the warning's own text fits.
/// </summary>
internal enum TrapSituation
{
    /// <summary>Shipped, no dispute open (or none known), the countdown running or unknown.</summary>
    NoDispute,

    /// <summary>A dispute is open and not settled.</summary>
    DisputeOpen,

    /// <summary>The order has not shipped and no dispute is open: there is only a cancellation, no dispute to close.</summary>
    Unshipped,

    /// <summary>The protection countdown has ended and no dispute is open.</summary>
    TimerEnded,

    /// <summary>The refund has already come through inside the dispute.</summary>
    Refunded,
}
