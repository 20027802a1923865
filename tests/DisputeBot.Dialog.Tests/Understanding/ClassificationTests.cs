using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>What buyers write → the dispute form's reason, through the real English cues.</summary>
public class ClassificationTests
{
    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    [Theory]
    // The brief's own examples, typos and shouting included.
    [InlineData("the box came EMPTY", "empty_package")]
    [InlineData("only 5 of the 12 brooches", "quantity_shortage")]
    [InlineData("tracking says deliverd but nothing came", "delivered_not_received")]
    [InlineData("its stuck in custms", "customs")]
    [InlineData("wrong colour", "not_as_described")]
    [InlineData("it dosent work", "quality")]
    [InlineData("parcel went back to the seller", "returned_to_seller")]
    [InlineData("no tracking info at all", "no_tracking")]
    // Not received.
    [InlineData("package has been in transit for 50 days", "in_transit")]
    [InlineData("still waiting for my package, protection ends in 3 days", "in_transit")]
    [InlineData("my parcel is lost", "in_transit")]
    [InlineData("tracking number invalid", "no_tracking")]
    [InlineData("I can't track my package", "no_tracking")]
    [InlineData("seller never gave me a tracking number", "no_tracking")]
    [InlineData("the tracking number doesnt work", "no_tracking")]
    [InlineData("my package is held at customs and they want me to pay import tax", "customs")]
    [InlineData("customs seized it", "customs")]
    [InlineData("Customs are holding my parcel", "customs")]
    [InlineData("the parcel was returned to sender", "returned_to_seller")]
    [InlineData("it was delivered to the wrong address", "wrong_address")]
    [InlineData("the tracking shows it was delivered in another city", "wrong_address")]
    [InlineData("someone else signed for my package", "wrong_address")]
    [InlineData("the seller gave me a fake tracking number", "wrong_address")]
    [InlineData("says delivered but i never got it", "delivered_not_received")]
    [InlineData("marked as delivered but not in my mailbox", "delivered_not_received")]
    [InlineData("Postman says delivered but there's nothing", "delivered_not_received")]
    // Received.
    [InlineData("it arrived broken", "damaged")]
    [InlineData("the screen is cracked", "damaged")]
    [InlineData("the vase arrived smashed", "damaged")]
    [InlineData("the box was crushed and the item is broken", "damaged")]
    [InlineData("Délivré cassé, the glass is shattered", "damaged")]
    [InlineData("not damaged, just the wrong colour", "not_as_described")]
    [InlineData("the dress is the wrong size", "not_as_described")]
    [InlineData("the shoes are too big", "not_as_described")]
    [InlineData("the color is not like the picture", "not_as_described")]
    [InlineData("it's much smaller than described", "not_as_described")]
    [InlineData("the material is cheap plastic instead of metal", "not_as_described")]
    [InlineData("i didnt receive the right colour", "not_as_described")]
    [InlineData("the phone won't turn on", "quality")]
    [InlineData("doesnt charge", "quality")]
    [InlineData("the headphones have no sound", "quality")]
    [InlineData("stopped working after a week", "quality")]
    [InlineData("really poor quality, the stitching is coming apart", "quality")]
    [InlineData("I got 3 out of 10", "quantity_shortage")]
    [InlineData("received 5 ordered 12", "quantity_shortage")]
    [InlineData("I ordered 12 but only got 5", "quantity_shortage")]
    [InlineData("some items are missing from my order", "quantity_shortage")]
    [InlineData("the package was empty", "empty_package")]
    [InlineData("there was nothing inside the envelope", "empty_package")]
    [InlineData("package arrived empty, nothing inside", "empty_package")]
    [InlineData("fake", "counterfeit")]
    [InlineData("it's a cheap knockoff, not original", "counterfeit")]
    [InlineData("the logo is misspelled, it's fake", "counterfeit")]
    [InlineData("not genuine at all", "counterfeit")]
    [InlineData("they sent me a completely different item", "wrong_item")]
    [InlineData("this is not what I ordered", "wrong_item")]
    [InlineData("I received something completely different", "wrong_item")]
    [InlineData("I paid for express shipping but it came by regular post", "shipping_method")]
    [InlineData("they used a different courier", "shipping_method")]
    [InlineData("the charger is missing", "missing_parts")]
    [InlineData("no charger in the box", "missing_parts")]
    [InlineData("came without the charger", "missing_parts")]
    [InlineData("missing the remote", "missing_parts")]
    [InlineData("not all parts were included", "missing_parts")]
    // Sentences written after the cues, to check they generalise.
    [InlineData("ordered a phone case 3 months ago still nothing", "in_transit")]
    [InlineData("tracking stopped updating after it left shenzhen", "in_transit")]
    [InlineData("the courier says it's been returned to the sender", "returned_to_seller")]
    [InlineData("my parcel shows delivered to a locker I never used", "delivered_not_received")]
    [InlineData("package sitting at customs for 3 weeks", "customs")]
    [InlineData("the tracking number is for a delivery in another country", "wrong_address")]
    [InlineData("it was supposed to be blue but they sent pink", "not_as_described")]
    [InlineData("wrong size and the color is different too", "not_as_described")]
    [InlineData("one of the earbuds doesn't work", "quality")]
    [InlineData("the screen has dead pixels", "quality")]
    [InlineData("I bought 4 tyres and only 3 came", "quantity_shortage")]
    [InlineData("the seller sent only one shoe", "quantity_shortage")]
    [InlineData("the parcel came but the box was completely empty!!", "empty_package")]
    [InlineData("it's obviously a replica, the stitching on the logo is wrong", "counterfeit")]
    [InlineData("they sent me a phone case instead of a screen protector", "wrong_item")]
    [InlineData("they shipped it with yanwen instead of DHL that I paid for", "shipping_method")]
    [InlineData("the lamp arrived with the glass shade in pieces", "damaged")]
    [InlineData("arrived wet and mouldy", "damaged")]
    [InlineData("missing the power adapter", "missing_parts")]
    [InlineData("it came without batteries", "missing_parts")]
    // A seller's lowball offer in money is no count of pieces: the lamp is broken.
    [InlineData("lamp came broken, seller offered only 1 dollar compensation for a 30 dollar lamp", "damaged")]
    public void A_clear_description_picks_its_category_confidently(string text, string expected)
    {
        var guess = Understanding.ClassifyProblem(text, group: null);

        Assert.True(guess.Confident, Describe(text, guess));
        Assert.Equal(expected, guess.Best?.Id);
    }

    // Only that nothing came: in transit, lost, sent elsewhere or marked delivered are asked, not assumed (issue 13).
    [InlineData("item never arrived")]
    [InlineData("My order hasn't arrived yet")]
    [InlineData("order never came")]
    [InlineData("is it too late to open a dispute")]
    [Theory]
    [InlineData("hello")]
    [InlineData("I want a refund")]
    [InlineData("the item is great")]
    [InlineData("")]
    [InlineData("   ")]
    public void Text_without_a_problem_is_not_classified_confidently(string text)
    {
        var guess = Understanding.ClassifyProblem(text, group: null);

        Assert.False(guess.Confident, Describe(text, guess));
    }

    [Theory]
    [InlineData("wrong item colour", "not_as_described", "wrong_item")]
    [InlineData("it's damaged and the charger is missing", "damaged", "missing_parts")]
    public void Two_close_readings_are_offered_as_candidates(string text, string first, string second)
    {
        var guess = Understanding.ClassifyProblem(text, group: null);

        Assert.False(guess.Confident, Describe(text, guess));
        var ids = guess.Candidates.Select(c => c.Category.Id).ToList();
        Assert.Contains(first, ids);
        Assert.Contains(second, ids);
    }

    [Fact]
    public void The_arrival_group_narrows_the_candidates()
    {
        const string text = "tracking says delivered but it arrived smashed";

        var received = Understanding.ClassifyProblem(text, ArrivalGroup.Received);
        var notReceived = Understanding.ClassifyProblem(text, ArrivalGroup.NotReceived);

        Assert.All(received.Candidates, c => Assert.Equal(ArrivalGroup.Received, c.Category.Group));
        Assert.All(notReceived.Candidates, c => Assert.Equal(ArrivalGroup.NotReceived, c.Category.Group));
        Assert.Equal("damaged", received.Best?.Id);
    }

    [Fact]
    public void A_negated_problem_does_not_count()
    {
        var guess = Understanding.ClassifyProblem("it is not broken and not damaged", ArrivalGroup.Received);

        Assert.DoesNotContain(guess.Candidates, c => c.Category.Id == "damaged" && c.Score >= 1);
    }

    [Fact]
    public void Candidates_are_sorted_best_first_and_capped()
    {
        var guess = Understanding.ClassifyProblem(
            "broken, fake, empty box, wrong colour, stuck in customs, no tracking, missing parts", group: null);

        Assert.InRange(guess.Candidates.Count, 1, TextUnderstanding.MaxCandidates);
        Assert.Equal(guess.Candidates.OrderByDescending(c => c.Score).Select(c => c.Score), guess.Candidates.Select(c => c.Score));
        Assert.Same(guess.Candidates[0].Category, guess.Best);
    }

    [Fact]
    public void No_candidates_means_no_best()
    {
        var guess = Understanding.ClassifyProblem("good morning", group: null);

        Assert.Empty(guess.Candidates);
        Assert.Null(guess.Best);
        Assert.False(guess.Confident);
    }

    private static string Describe(string text, CategoryGuess guess) =>
        $"'{text}' → {(guess.Confident ? "confident" : "unsure")}: "
        + string.Join(", ", guess.Candidates.Select(c => $"{c.Category.Id} {c.Score:0.00}"));
}
