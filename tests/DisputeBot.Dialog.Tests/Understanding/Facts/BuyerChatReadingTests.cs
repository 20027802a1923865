using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Buyers' messages from chats with the bot, read whole. Today is Wednesday 18 March 2026.</summary>
public class BuyerChatReadingTests
{
    [Theory]
    [InlineData("the item hasnt even arrived")]
    [InlineData("it didnt even arrive")]
    [InlineData("the parcel hasn't even arrived")]
    public void A_negation_without_its_apostrophe_or_with_even_after_it_still_negates(string text)
    {
        Assert.Equal(Arrival.No, Read(text).Arrival);
    }

    [Fact]
    public void Confirm_received_asked_of_an_item_that_has_not_come_gives_no_delivery_day()
    {
        var facts = Read("seller wants me to click confirm received now, the item hasnt even arrived. what happens if i do?");

        Assert.Equal("confirm_receipt", facts.Trap?.Id);
        Assert.Equal(Arrival.No, facts.Arrival);
        Assert.Null(facts.DeliveredOn);
        Assert.NotEqual("wrong_item", facts.Problem?.Best?.Id);
    }

    [Theory]
    [InlineData("my order says confirmation timeout and the parcel never came")]
    [InlineData("it shows confirmation timeout")]
    public void Confirmation_timeout_anywhere_is_the_timer_ended(string text)
    {
        Assert.Equal(TimerKind.Ended, Read(text).Timer?.Kind);
    }

    [Theory]
    [InlineData("twenty one days left", 21)]
    [InlineData("twenty-one days left", 21)]
    [InlineData("thirty five days left", 35)]
    public void A_compound_number_word_is_read_whole(string text, int days)
    {
        Assert.Equal(TimeSpan.FromDays(days), Read(text).Timer?.Left);
    }

    [Fact]
    public void A_dispute_decided_for_the_seller_is_no_cancelled_dispute_and_no_sellers_promise()
    {
        var facts = Read("i paid with paypal, the item never came and aliexpress closed my dispute for the seller");

        Assert.Equal("appeal", facts.Question?.Id);
        Assert.Null(facts.Trap);
        Assert.Null(facts.Dispute);
        Assert.Null(facts.Problem);
    }

    [Fact]
    public void A_customs_fee_at_the_post_office_chooses_no_problem()
    {
        var facts = Read("the post office wants me to pay a customs fee before they give me the parcel");

        Assert.Equal("customs_fee", facts.Question?.Id);
        Assert.Null(facts.Problem);
    }

    [Fact]
    public void Leather_in_the_pictures_and_plastic_in_the_box_is_not_as_described()
    {
        Assert.Equal("not_as_described", Read("pictures showed leather but its plastic", group: ArrivalGroup.Received).Problem?.Best?.Id);
    }
}
