using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Understanding;

/// <summary>Pasted seller messages and buyers' questions → the trap to warn about.</summary>
public class TrapDetectionTests
{
    private static TextUnderstanding Understanding => EnglishPack.Understanding;

    [Theory]
    // Seller messages, pasted as they come.
    [InlineData("Dear friend, please close the dispute and we will resend a new one for you", "close_for_resend")]
    [InlineData("Hello my friend, please cancel the dispute, we will send you a new package immediately. Thank you!", "close_for_resend")]
    [InlineData("we refund you by paypal if you cancel the dispute", "close_for_paypal")]
    [InlineData("We can give you refund via paypal, please give me your paypal account and close the dispute", "close_for_paypal")]
    [InlineData("Please close the dispute first, then we will refund you the money.", "close_for_refund_later")]
    [InlineData("please confirm order received first", "confirm_receipt")]
    [InlineData("please click confirm received, then we refund", "confirm_receipt")]
    [InlineData("Your parcel is held, please pay 2 USD customs fee by this link to release", "pay_outside")]
    [InlineData("please wait a few more days, the parcel is on the way", "wait_past_deadline")]
    [InlineData("we can offer you 1 usd compensation", "lowball_refund")]
    [InlineData("DEAR FRIEND!!! PLEASE CLOSE THE DISPUTE 🙏🙏 WE WILL RESEND", "close_for_resend")]
    [InlineData("Dear customer, we are very sorry. Please kindly close the dispute and we will resend a new one for you as soon as possible. Best regards", "close_for_resend")]
    // The buyer's own words.
    [InlineData("seller says he'll send another one if I close it", "close_for_resend")]
    [InlineData("the seller says he will refund me through paypal", "close_for_paypal")]
    [InlineData("the seller is asking me to close the dispute", "close_for_refund_later")]
    [InlineData("can I confirm receipt now?", "confirm_receipt")]
    [InlineData("seller asks me to confirm delivery", "confirm_receipt")]
    [InlineData("the seller asked me to pay a redelivery fee", "pay_outside")]
    [InlineData("the seller wants me to wait another 2 weeks", "wait_past_deadline")]
    [InlineData("seller offered a partial refund of 3 dollars", "lowball_refund")]
    [InlineData("should I accept a partial refund?", "lowball_refund")]
    // The seller's other offers and claims.
    [InlineData("they want to give me a 3 dollar coupon instead of a refund", "coupon_not_refund")]
    [InlineData("seller replied the parcel is delivered, they cannot refund", "delivered_no_refund")]
    [InlineData("the seller wants me to send it back first at my own cost", "return_at_own_cost")]
    [InlineData("the shop says the dispute hurts their rating, please close it", "close_for_rating")]
    // Typos.
    [InlineData("pls close the dispuet and we resend", "close_for_resend")]
    [InlineData("confirm reciept please", "confirm_receipt")]
    public void A_trap_is_recognised(string text, string expected)
    {
        Assert.Equal(expected, Understanding.DetectTrap(text)?.Id);
    }

    [Theory]
    [InlineData("my parcel is stuck in customs")]
    [InlineData("the box came empty")]
    [InlineData("what is confirmation timeout")]
    [InlineData("I want to open a dispute")]
    // The buyer's own facts: a PayPal payment and an open dispute are no offer to close it for a PayPal refund.
    [InlineData("opened dispute yesterday, paid 42 euro paypal")]
    [InlineData("i paid by paypal and the dispute is open since monday")]
    [InlineData("dispute opened, paid 20 usd via paypal on nov 3")]
    [InlineData("yes")]
    [InlineData("")]
    public void Ordinary_text_raises_no_warning(string text)
    {
        Assert.Null(Understanding.DetectTrap(text));
    }

    [Fact]
    public void Trap_words_far_apart_in_a_long_message_do_not_add_up()
    {
        var text = "I am writing to close the loop on my question about shipping. " + string.Concat(Enumerable.Repeat("The weather is nice and I like the colours of the autumn leaves. ", 6))
            + "Also the dispute form looks confusing and I will resend my photos.";

        Assert.Null(Understanding.DetectTrap(text));
    }
}
