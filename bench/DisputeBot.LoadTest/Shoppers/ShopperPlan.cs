namespace DisputeBot.LoadTest.Shoppers;

/// <summary>How one simulated shopper's dispute goes: what arrived, the problem, how it answers, when it pastes the
/// seller's offer. Drawn from a seeded random source so a run is repeatable.</summary>
internal sealed record ShopperPlan(
    string Arrival,
    string? OpeningText,
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
        // Half the shoppers answer the first question with several facts at once, as the dialog reads whole
        // messages: it then skips the questions those facts answer.
        var opening = random.Next(2) == 0 ? null : category switch
        {
            "in_transit" => "it hasn't arrived yet, the tracking says it's still on its way",
            "no_tracking" => "it never came and the tracking number shows nothing",
            "empty_package" => "it arrived 5 days ago but the box was empty, I paid by card 3 weeks ago",
            _ => "I ordered 5 but only 3 came, paid with PayPal 3 weeks ago",
        };
        return new ShopperPlan(arrival, opening, category, problemText, timer, payment, random.Next(1, 3), random.Next(3, 7));
    }
}
