using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Runs;

/// <summary>How the simulated disputes went: finished, reached the summary, pasted the seller's offer and got a reply.</summary>
internal sealed record ShopperOutcomes(int Finished, int ReachedSummary, int OffersSent, int OffersWarned, int Stuck)
{
    public static ShopperOutcomes Of(IEnumerable<Shopper> shoppers)
    {
        var all = shoppers.ToList();
        return new ShopperOutcomes(
            all.Count(s => s.Finished),
            all.Count(s => s.Finished && s.SummarySeen),
            all.Count(s => s.OfferSent),
            all.Count(s => s.OfferSent && s.WarningSeen),
            all.Count(s => s.SameQuestionStreak >= 3));
    }
}
