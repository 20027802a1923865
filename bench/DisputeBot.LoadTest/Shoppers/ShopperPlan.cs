namespace DisputeBot.LoadTest.Shoppers;

/// <summary>How one simulated shopper's dispute goes: what arrived, the problem, how it answers, when it pastes the
/// seller's offer. Drawn from a seeded random source so a run is repeatable.</summary>
internal sealed record ShopperPlan(
    string Arrival,
    string Category,
    string? ProblemText,
    string? TimerText,
    string Payment,
    int EvidenceItems,
    int OfferAtTurn)
{
    public const string SellerOffer = "The seller wrote: please close the dispute and we will resend a new one";

    public static ShopperPlan Draw(Random random)
    {
        // Not arrived (in transit, no tracking), arrived empty, or partly arrived (quantity shortage).
        var (arrival, category, problemText) = random.Next(4) switch
        {
            0 => ("no", "in_transit", (string?)null),
            1 => ("no", "no_tracking", null),
            2 => ("yes", "empty_package", random.Next(2) == 0 ? "the box came empty" : null),
            _ => ("partly", "quantity_shortage", random.Next(2) == 0 ? "I ordered 5 but only 3 came" : null),
        };
        var timer = random.Next(2) == 0 ? $"{random.Next(3, 20)} days left" : null;
        var payment = random.Next(3) == 0 ? "paypal" : "card";
        return new ShopperPlan(arrival, category, problemText, timer, payment, random.Next(1, 3), random.Next(3, 7));
    }
}
