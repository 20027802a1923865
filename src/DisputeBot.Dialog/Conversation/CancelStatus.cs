namespace DisputeBot.Dialog.Conversation;

/// <summary>Where the cancellation of an unshipped order stands, as the buyer said (seed 002: ask to cancel; the seller
/// has 9 days to decide).</summary>
public enum CancelStatus
{
    /// <summary>The buyer has not asked to cancel yet.</summary>
    NotAsked,

    /// <summary>Asked; the seller has not answered.</summary>
    Asked,

    /// <summary>The seller refused to cancel.</summary>
    Refused,

    /// <summary>The order is cancelled: the money goes back.</summary>
    Cancelled,
}
