using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Knowledge;
using DisputeBot.Dialog.Understanding;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>The seller's words passed on without quotes are the seller's: its offer is warned about, its claims are no
/// facts of the buyer's order.</summary>
public class SellerWordsTests
{
    [Fact]
    public void A_delivery_day_after_seller_wrote_and_a_colon_is_the_sellers_claim()
    {
        var facts = Read("seller wrote: your item was delivered on 3 march. please close the dispute and we resend");

        Assert.Null(facts.DeliveredOn);
        Assert.Equal("close_for_resend", facts.Trap?.Id);
    }

    [Fact]
    public void Tracking_delivered_in_the_sellers_mouth_says_nothing_of_arrival()
    {
        var facts = Read("seller says tracking shows delivered so we cannot help");

        Assert.Null(facts.Arrival);
        Assert.False(facts.TrackingSaysDelivered);
    }

    [Fact]
    public void After_but_the_buyer_speaks_again()
    {
        var facts = Read("seller says we delivered it on 3 march but i paid with paypal and have nothing");

        Assert.Null(facts.DeliveredOn);
        Assert.Equal(PaymentMethod.PayPal, facts.Payment);
    }

    [Fact]
    public void News_the_seller_gave_in_the_buyers_words_is_kept()
    {
        var facts = Read("seller says item out of stock and hasnt shipped");

        Assert.True(facts.NotShipped);
    }

    [Fact]
    public void A_colon_after_anything_else_cuts_nothing()
    {
        var facts = Read("timer: 12 days left");

        Assert.Equal(DaysAhead(12), facts.Timer?.EndsOn);
    }

    [Fact]
    public void The_buyers_own_line_before_the_sellers_is_kept()
    {
        var facts = Read("never got it, paid with paypal\nmsg from seller: it was delivered on 10 march");

        Assert.Equal(Arrival.No, facts.Arrival);
        Assert.Equal(PaymentMethod.PayPal, facts.Payment);
        Assert.Null(facts.DeliveredOn);
    }
}

/// <summary>A coupon is no money back: its amount is no partial refund offered (seed 000 line 101).</summary>
public class CouponAmountTests
{
    private static readonly RefundAmountReader Amounts = new(EnglishPack.Pack.Vocabulary);

    [Theory]
    [InlineData("seller offers me a 5 usd coupon")]
    [InlineData("they will give a coupon of 5 dollars for the next order")]
    [InlineData("we give you 5$ coupon")]
    public void A_coupons_amount_is_no_offer(string text)
    {
        Assert.Null(Amounts.Read(text, System.Globalization.CultureInfo.InvariantCulture).Offer);
    }

    [Fact]
    public void Money_offered_beside_a_coupon_elsewhere_is_still_an_offer()
    {
        var read = Amounts.Read("seller offered 4 dollars back. i also have a coupon from the app", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(4m, read.Offer);
    }
}
