using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>Short answers: did it arrive, yes or no, how it was paid, "I don't know".</summary>
public class AnswerReadingTests
{
    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    [Theory]
    [InlineData("yes", Arrival.Yes)]
    [InlineData("Yes!", Arrival.Yes)]
    [InlineData("YES 👍", Arrival.Yes)]
    [InlineData("yep it came", Arrival.Yes)]
    [InlineData("I received it", Arrival.Yes)]
    [InlineData("the box came empty", Arrival.Yes)]
    [InlineData("no", Arrival.No)]
    [InlineData("nope", Arrival.No)]
    [InlineData("not yet", Arrival.No)]
    [InlineData("No, still waiting", Arrival.No)]
    [InlineData("nothing came", Arrival.No)]
    [InlineData("it never arrived", Arrival.No)]
    [InlineData("hasn't arrived", Arrival.No)]
    [InlineData("I don't have it", Arrival.No)]
    [InlineData("tracking says delivered but nothing came", Arrival.No)]
    [InlineData("yes but only half", Arrival.Partly)]
    [InlineData("partially", Arrival.Partly)]
    [InlineData("only part of it", Arrival.Partly)]
    [InlineData("some of it", Arrival.Partly)]
    [InlineData("I got some items but not all", Arrival.Partly)]
    [InlineData("one of the parcels came", Arrival.Partly)]
    public void Arrival_is_read(string text, Arrival expected)
    {
        Assert.Equal(expected, Understanding.ReadArrival(text));
    }

    [Theory]
    [InlineData("it's stuck in customs")]
    [InlineData("hmm")]
    [InlineData("")]
    [InlineData("I don't know")]
    public void Arrival_is_unknown_when_the_text_does_not_say(string text)
    {
        Assert.Null(Understanding.ReadArrival(text));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah sure", true)]
    [InlineData("yess", true)]
    [InlineData("ok", true)]
    [InlineData("that's right", true)]
    [InlineData("yes, no problem", true)]
    [InlineData("no", false)]
    [InlineData("Nope.", false)]
    [InlineData("not really", false)]
    [InlineData("no its broken", false)]
    [InlineData("i didn't", false)]
    public void Yes_and_no_are_read(string text, bool expected)
    {
        Assert.Equal(expected, Understanding.ReadYesNo(text));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("I'm not sure")]
    [InlineData("")]
    [InlineData("the seller is slow")]
    public void Yes_or_no_is_unknown_when_unclear(string text)
    {
        Assert.Null(Understanding.ReadYesNo(text));
    }

    [Theory]
    [InlineData("paypal", PaymentMethod.PayPal)]
    [InlineData("I paid with PayPal", PaymentMethod.PayPal)]
    [InlineData("pay pal", PaymentMethod.PayPal)]
    [InlineData("with my credit card through paypal", PaymentMethod.PayPal)]
    [InlineData("card", PaymentMethod.Card)]
    [InlineData("Visa", PaymentMethod.Card)]
    [InlineData("apple pay", PaymentMethod.Card)]
    [InlineData("not paypal, my debit card", PaymentMethod.Card)]
    [InlineData("bank transfer", PaymentMethod.Other)]
    [InlineData("gift card", PaymentMethod.Other)]
    [InlineData("something else", PaymentMethod.Other)]
    [InlineData("don't remember", PaymentMethod.Unknown)]
    public void Payment_is_read(string text, PaymentMethod expected)
    {
        Assert.Equal(expected, Understanding.ReadPayment(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("the item is broken")]
    public void Payment_is_unknown_when_the_text_names_none(string text)
    {
        Assert.Null(Understanding.ReadPayment(text));
    }

    [Theory]
    [InlineData("i dont know", true)]
    [InlineData("I don't know, I can't see any timer", true)]
    [InlineData("idk", true)]
    [InlineData("?", true)]
    [InlineData(" ?? ", true)]
    [InlineData("skip", true)]
    [InlineData("not sure", true)]
    [InlineData("no idea", true)]
    [InlineData("I know", false)]
    [InlineData("12 March", false)]
    [InlineData("is it too late?", false)]
    [InlineData("", false)]
    public void Dont_know_is_recognised(string text, bool expected)
    {
        Assert.Equal(expected, Understanding.IsDontKnow(text));
    }
}
