using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Reports;

/// <summary>What the dispute text for the seller and AliExpress may say: only facts the buyer gave.</summary>
/// <param name="Category">The problem (its id picks the first-person sentence).</param>
/// <param name="ShippedOn">Day the order shipped, if given.</param>
/// <param name="DeliveredOn">Day it was delivered, or (tracking says delivered) the day the tracking says so.</param>
/// <param name="TrackingSaysDelivered">The tracking shows "delivered".</param>
/// <param name="Ordered">Pieces ordered, if given.</param>
/// <param name="Received">Pieces received, if given.</param>
/// <param name="EvidenceTicked">Ids of the checklist items the buyer ticked: only these may be said to be attached.</param>
/// <param name="BuyerWords">The buyer's own words about the problem.</param>
/// <param name="AddBuyerWords">The buyer chose to add their own words to the text; without it they are left out.</param>
/// <param name="Paid">What the buyer paid for the order, as they typed it.</param>
/// <param name="Owed">The refund the buyer's own numbers come to (missing pieces' share, the missing item's price, or
/// all of it when nothing usable came); the text then asks for that amount.</param>
/// <param name="Currency">The currency the buyer named with the amounts ("USD"), shown with them; null when not named.</param>
/// <param name="ProtectionRunningOut">The timer runs and few days are left: the only case the text says protection is
/// running out (never for a timed-out order).</param>
public sealed record DisputeTextFacts(
    ProblemCategory Category,
    DateOnly? ShippedOn = null,
    DateOnly? DeliveredOn = null,
    bool TrackingSaysDelivered = false,
    int? Ordered = null,
    int? Received = null,
    IReadOnlyCollection<string>? EvidenceTicked = null,
    string? BuyerWords = null,
    bool AddBuyerWords = false,
    bool ProtectionRunningOut = false,
    decimal? Paid = null,
    decimal? Owed = null,
    string? Currency = null)
{
    /// <summary>The item as the buyer named it, in their words ("bluetooth speaker").</summary>
    public string? Item { get; init; }

    /// <summary>What came instead, as the buyer named it ("size S"): said beside <see cref="Item"/> for a wrong or
    /// not-as-described item.</summary>
    public string? ItemReceived { get; init; }

    /// <summary>The buyer looked for a parcel marked delivered around their address (neighbours, mailroom).</summary>
    public bool LookedAround { get; init; }
}
