using DisputeBot.Dialog.Tests.Support;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>The item as the buyer names it, for the dispute text (seed 003 line 55: the dispute needs "a description of
/// the problem"; line 25: "incorrect size, color, model"). Kept as typed, nothing invented, no chat words.</summary>
public sealed class ItemReaderTests
{
    private static readonly ItemReader Reader = new(RealKnowledge.Base.For("en").Vocabulary);

    [Theory]
    [InlineData("yo my package never came. orderd a bluetooth speaker on oct 28, seller shipped nov 2", "bluetooth speaker", null)]
    [InlineData("checked with neighbours, nothing. its a pair of headphones 45 bucks", "pair of headphones", null)]
    [InlineData("ordered a hoodie size XL black, got size S and its grey?? came yesterday", "hoodie size XL black", "size S")]
    [InlineData("got the box today and its EMPTY. was supposed to be a smartwatch, paid thirty nine ninety nine dollars", "smartwatch", null)]
    [InlineData("my robot vacuum came smashed, the top cover cracked", "robot vacuum", null)]
    [InlineData("received a pink phone case but i ordered the blue iphone 15 one", "blue iphone 15 case", "pink phone case")]
    [InlineData("received a black backpack but i ordered the grey one with usb port. timer 10 days", "grey backpack with usb port", "black backpack")]
    [InlineData("the smart watch i bought came with a cracked screen, got it 3 days ago", "smart watch", null)]
    [InlineData("paid 29 euro by paypal on nov 15 for a coffee grinder", "coffee grinder", null)]
    [InlineData("ordered 10 led strips got only 6 in the bag", "led strips", null)]
    [InlineData("bought nike air max from a store on ali for 58 dollars lol", "nike air max", null)]
    public void The_item_is_read_as_the_buyer_named_it(string text, string? ordered, string? received)
    {
        Assert.Equal((ordered, received), Reader.Read(text));
    }

    [Theory]
    [InlineData("my package never came")]
    [InlineData("tracking says delivered but i got nothing!!")]
    [InlineData("got the box today and its empty")]
    [InlineData("my order's timer ran out yesterday")]
    [InlineData("i got a refund from the seller")]
    [InlineData("its a joke, the seller offered 1.50")]
    [InlineData("timer says 3 days")]
    [InlineData("some stuff i bought never came")]
    [InlineData("waiting for a few days now")]
    public void Words_that_name_no_item_give_none(string text)
    {
        Assert.Equal((null, null), Reader.Read(text));
    }
}
