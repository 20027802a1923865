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

    /// <summary>Some disputes finished (else the window was too short to judge), every one reached the summary, every
    /// pasted offer was warned about, and no shopper was left answering the same question.</summary>
    public bool AllWell => Finished > 0 && ReachedSummary == Finished && OffersWarned == OffersSent && Stuck == 0;

    public override string ToString() =>
        $"{ReachedSummary}/{Finished} finished disputes reached the summary, {OffersWarned}/{OffersSent} pasted seller offers warned about, {Stuck} shoppers stuck on a question";
}
