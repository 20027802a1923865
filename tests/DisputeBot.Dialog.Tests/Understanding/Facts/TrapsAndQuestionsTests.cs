using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Questions get answers; warnings are for a seller's offer or pressure, and never cost the message its other facts.</summary>
public class TrapsAndQuestionsTests
{
    [Fact]
    public void Asking_to_reopen_a_dispute_closed_by_mistake_is_a_question_not_the_close_warning()
    {
        var facts = Read("I closed it by mistake, can I reopen it?");

        Assert.Null(facts.Trap);
        Assert.Equal("reopen_dispute", facts.Question?.Id);
        Assert.True(facts.IsQuestion);
        Assert.Equal(DisputeKind.Closed, facts.Dispute?.Kind);
    }

    [Fact]
    public void A_refund_already_received_makes_closing_a_question_without_a_warning()
    {
        var facts = Read("I was already refunded inside the dispute, can I close it?");

        Assert.Null(facts.Trap);
        Assert.Equal(DisputeKind.Refunded, facts.Dispute?.Kind);
        Assert.True(facts.IsQuestion);
    }

    [Theory]
    [InlineData("they sent a different phone case")]
    [InlineData("I got a different phone case, the seller will send another one")]
    [InlineData("the case is the wrong colour")]
    public void A_phone_case_is_not_a_dispute(string text)
    {
        Assert.NotEqual("close_for_resend", Read(text).Trap?.Id);
    }

    [Fact]
    public void A_different_phone_case_is_still_the_wrong_item()
    {
        var facts = Read("they sent a different phone case");
        Assert.Null(facts.Trap);
        Assert.Contains(facts.Problem?.Candidates ?? [], c => c.Category.Id is "wrong_item" or "not_as_described");
    }

    [Theory]
    [InlineData("my post office wants a customs fee before they hand it over")]
    [InlineData("the post office asked me to pay customs duty of 8 euros")]
    [InlineData("do I have to pay the import tax at my post office?")]
    public void Customs_charged_by_the_buyers_own_post_office_is_not_a_scam(string text)
    {
        Assert.Null(Read(text).Trap);
    }

    [Theory]
    [InlineData("seller says: please give me your paypal email and we refund you")]
    [InlineData("Dear friend, send me your PayPal e-mail, we will return the money")]
    [InlineData("the seller is asking for my paypal email to refund me")]
    [InlineData("what is your paypal account? we refund you there")]
    public void A_seller_asking_for_a_paypal_email_gets_the_pay_outside_warning(string text)
    {
        Assert.Equal("close_for_paypal", Read(text).Trap?.Id);
    }

    [Theory]
    [InlineData("Dear friend, please close the dispute and we will resend a new one", "close_for_resend")]
    [InlineData("dear buyer pls cancel the dispute, we send you new package", "close_for_resend")]
    [InlineData("Please close the dispute first, then we will refund you the money.", "close_for_refund_later")]
    [InlineData("please confirm order received first, then we send", "confirm_receipt")]
    [InlineData("your parcel is held, pay 2 USD redelivery fee by this link", "pay_outside")]
    [InlineData("please wait a few more days my friend, parcel is on the way", "wait_past_deadline")]
    [InlineData("we can offer you 1 usd compensation", "lowball_refund")]
    public void A_pasted_seller_offer_is_warned_against(string text, string trap)
    {
        Assert.Equal(trap, Read(text).Trap?.Id);
    }

    [Theory]
    [InlineData("the seller says he will send another one if I close the dispute, should I?", "close_for_resend")]
    [InlineData("seller wants me to confirm receipt before it arrives, is that ok?", "confirm_receipt")]
    public void A_question_about_a_sellers_offer_is_answered_with_the_warning(string text, string trap)
    {
        var facts = Read(text);
        Assert.Equal(trap, facts.Trap?.Id);
        Assert.True(facts.IsQuestion);
    }

    [Fact]
    public void A_warning_keeps_the_rest_of_the_message()
    {
        var facts = Read("never got my parcel, paid by paypal on 2 march. seller says please wait a few more days");

        Assert.Equal("wait_past_deadline", facts.Trap?.Id);
        Assert.Equal(Arrival.No, facts.Arrival);
        Assert.Equal(PaymentMethod.PayPal, facts.Payment);
        Assert.Equal(new DateFact(Day(3, 2)), facts.PaidOn);
    }

    [Theory]
    [InlineData("how do I open a dispute?")]
    [InlineData("when should i open a dispute")]
    [InlineData("my parcel is stuck in customs")]
    [InlineData("the box came empty")]
    public void Ordinary_messages_raise_no_warning(string text)
    {
        Assert.Null(Read(text).Trap);
    }
}
