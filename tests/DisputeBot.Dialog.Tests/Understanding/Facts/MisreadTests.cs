using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Messages the reader once misread, as buyers write them. Today is Wednesday 18 March 2026.</summary>
public class MisreadTests
{
    [Theory]
    [InlineData("can I confirm receipt now?")]
    [InlineData("seller says confirm receipt now, should I?")]
    public void A_question_about_a_trap_at_the_timer_question_is_no_timer(string text)
    {
        var facts = Read(text, Expectation.Timer);

        Assert.Null(facts.Timer);
        Assert.Equal("confirm_receipt", facts.Trap?.Id);
    }

    [Theory]
    [InlineData("03/05")]
    [InlineData("shipped 05/11")]
    public void A_date_shape_is_not_a_count_of_pieces(string text)
    {
        var facts = Read(text, Expectation.ShippedOn, dayFirst: false);

        Assert.Null(facts.Quantities);
        Assert.NotEqual(Arrival.Partly, facts.Arrival);
    }

    [Theory]
    [InlineData("they sent me a different phone case, i ordered the iphone 15 one and got a samsung one")]
    [InlineData("lamp came broken, seller offered only 1 dollar compensation for a 30 dollar lamp")]
    public void Model_numbers_and_amounts_are_not_counts(string text)
    {
        var facts = Read(text);

        Assert.Null(facts.Quantities);
        Assert.NotEqual(Arrival.Partly, facts.Arrival);
    }

    [Theory]
    [InlineData("oh wait, I actually paid with paypal", PaymentMethod.PayPal)]
    [InlineData("I paid by card, now seller says refund through paypal if i close the dispute", PaymentMethod.Card)]
    [InlineData("by card", PaymentMethod.Card)]
    [InlineData("i used my visa debit", PaymentMethod.Card)]
    public void The_payment_is_the_method_paid_with_and_says_nothing_of_arrival(string text, PaymentMethod method)
    {
        var facts = Read(text, Expectation.ShippedOn);

        Assert.Equal(method, facts.Payment);
        Assert.Null(facts.Arrival);
    }

    [Theory]
    [InlineData("I closed the dispute by mistake, can I reopen it?")]
    [InlineData("i already clicked confirm received on 5 march but the thing is broken, can i still dispute?")]
    [InlineData("my own post office sent a letter, I have to pay 14 euro customs fee before they hand over the parcel. is that a scam?")]
    public void A_step_already_taken_or_a_real_post_office_fee_gets_no_warning(string text)
    {
        Assert.Null(Read(text).Trap);
    }

    [Fact]
    public void A_promise_to_send_the_rest_is_the_resend_warning()
    {
        var facts = Read("only got 3 of the 8 rings, seller wants me to close the dispute and he'll send the rest");

        Assert.Equal("close_for_resend", facts.Trap?.Id);
        Assert.Equal(new QuantityReport(3, 8), facts.Quantities);
    }

    [Theory]
    [InlineData("didnt get my order")]
    [InlineData("tracking says delivered but theres nothing here, checked with neighbours too")]
    [InlineData("seller gave me a tracking number that was delivered to someone else in another city, I got nothing")]
    public void Nothing_came_is_read_as_not_arrived(string text)
    {
        Assert.Equal(Arrival.No, Read(text).Arrival);
    }

    [Fact]
    public void Only_some_of_several_parcels_is_part_of_the_order()
    {
        Assert.Equal(Arrival.Partly, Read("order came in 3 parcels and only 2 showed up").Arrival);
    }

    [Theory]
    [InlineData("ordered a drill bit set, got a packet of hair clips lol", "wrong_item")]
    [InlineData("jacket arrived but its tiny, XL fits like a S, not the size in the chart", "not_as_described")]
    [InlineData("cheap rubbish, seams already ripping after one wear", "quality")]
    [InlineData("i paid for 10 pairs of socks, got 6", "quantity_shortage")]
    public void A_received_problem_is_read_in_the_buyers_words(string text, string category)
    {
        var problem = Read(text, Expectation.Problem, ArrivalGroup.Received).Problem;

        Assert.True(problem?.Confident);
        Assert.Equal(category, problem?.Candidates[0].Category.Id);
    }

    [Theory]
    [InlineData("not here yet, tracking says held by customs since nov 20", "customs")]
    [InlineData("package stuck at customs for a month and never came", "customs")]
    [InlineData("tracking shows returned to the seller, never got it", "returned_to_seller")]
    [InlineData("never recieved it, trackin number not found on any site", "no_tracking")]
    public void A_not_received_problem_names_its_cause_over_still_waiting(string text, string category)
    {
        var problem = Read(text).Problem;

        Assert.True(problem?.Confident);
        Assert.Equal(category, problem?.Candidates[0].Category.Id);
    }
}
