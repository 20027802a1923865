using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>Evidence named in words, and buttons typed out instead of pressed.</summary>
public class EvidenceAndChoiceTests
{
    private static readonly ReplyChoice[] ArrivalChoices =
    [
        new("arrived_yes", "Yes, it arrived"),
        new("arrived_no", "No, not yet"),
        new("arrived_partly", "Only part of it"),
    ];

    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    private static ProblemCategory Category(string id) => EnglishPack.Pack.Category(id);

    [Theory]
    [InlineData("quantity_shortage", "I have the unboxing video", "unboxing_video")]
    [InlineData("quantity_shortage", "i filmed the unboxing", "unboxing_video")]
    [InlineData("quantity_shortage", "here is a screenshot of the order page", "order_page")]
    [InlineData("not_as_described", "I measured it with a ruler", "measure_photos")]
    [InlineData("not_as_described", "I took screenshots of the listing", "listing_screens")]
    [InlineData("wrong_address", "I got a letter from the post office", "post_office_letter")]
    [InlineData("customs", "I have the customs letter", "customs_papers")]
    [InlineData("damaged", "I have pictures of the damage", "damage_photos")]
    [InlineData("delivered_not_received", "screenshot of the tracking", "tracking_screens")]
    [InlineData("quality", "I made a video showing it doesn't turn on", "fault_video")]
    public void Evidence_named_in_words_ticks_its_item(string category, string text, string expected)
    {
        Assert.Equal(expected, Understanding.MatchEvidence(text, Category(category))?.Id);
    }

    [Theory]
    [InlineData("quantity_shortage", "I don't have a video")]
    [InlineData("quantity_shortage", "hello")]
    [InlineData("damaged", "")]
    public void Words_that_name_no_evidence_tick_nothing(string category, string text)
    {
        Assert.Null(Understanding.MatchEvidence(text, Category(category)));
    }

    [Fact]
    public void Evidence_works_for_a_category_object_from_another_load()
    {
        var copy = Category("quantity_shortage") with { Label = "Copy" };

        Assert.Equal("unboxing_video", Understanding.MatchEvidence("unboxing video", copy)?.Id);
    }

    [Theory]
    [InlineData("Yes, it arrived", "arrived_yes")]
    [InlineData("yes it arrived", "arrived_yes")]
    [InlineData("YES, IT ARRIVED!", "arrived_yes")]
    [InlineData("it arived", "arrived_yes")]
    [InlineData("no not yet", "arrived_no")]
    [InlineData("only part", "arrived_partly")]
    [InlineData("Only part of it.", "arrived_partly")]
    [InlineData("1", "arrived_yes")]
    [InlineData("3", "arrived_partly")]
    [InlineData("arrived partly", "arrived_partly")]
    public void A_typed_button_is_recognised(string text, string expected)
    {
        Assert.Equal(expected, Understanding.MatchChoice(text, ArrivalChoices));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("the seller wants me to close the dispute")]
    [InlineData("")]
    public void Text_that_is_no_button_matches_none(string text)
    {
        Assert.Null(Understanding.MatchChoice(text, ArrivalChoices));
    }

    [Fact]
    public void Category_buttons_are_recognised_from_their_labels()
    {
        var choices = EnglishPack.Pack.Categories.Select(c => new ReplyChoice(c.Id, c.Label)).ToList();

        Assert.Equal("damaged", Understanding.MatchChoice("arrived damaged", choices));
        Assert.Equal("wrong_item", Understanding.MatchChoice("wrong item", choices));
        Assert.Equal("counterfeit", Understanding.MatchChoice("Fake or counterfeit", choices));
        Assert.Equal("empty_package", Understanding.MatchChoice("empty packge", choices));
        Assert.Equal("quantity_shortage", Understanding.MatchChoice("fewer items than ordered", choices));
    }

    [Fact]
    public void A_negated_button_word_is_not_a_choice()
    {
        ReplyChoice[] choices = [new("damaged", "Damaged"), new("other", "Something else")];

        Assert.Null(Understanding.MatchChoice("not damaged", choices));
    }
}
