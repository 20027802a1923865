using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;
using static DisputeBot.Dialog.Tests.Understanding.Facts.Reading;

namespace DisputeBot.Dialog.Tests.Understanding.Facts;

/// <summary>Whole buyer messages, typed as buyers type them, and every fact the reader must keep from each.</summary>
public class MessageFactsTests
{
    [Fact]
    public void A_message_with_several_facts_keeps_every_one()
    {
        var facts = Read("never came, tracking says delivered last Tuesday in another town, paid by card");

        Assert.Equal(Arrival.No, facts.Arrival);
        Assert.True(facts.TrackingSaysDelivered);
        Assert.Equal(new DateFact(Day(3, 17)), facts.DeliveredOn);
        Assert.Equal(PaymentMethod.Card, facts.Payment);
        Assert.Equal("delivered_not_received", facts.Problem?.Best?.Id);
        Assert.Null(facts.Trap);
    }

    [Fact]
    public void Shipping_delivery_and_timer_in_one_message_each_land_in_their_place()
    {
        var facts = Read("it was shipped on 1 March and arrived yesterday, 12 days left on the timer");

        Assert.Equal(new DateFact(Day(3, 1)), facts.ShippedOn);
        Assert.Equal(new DateFact(DaysAgo(1)), facts.DeliveredOn);
        Assert.Equal(TimerKind.Running, facts.Timer?.Kind);
        Assert.Equal(DaysAhead(12), facts.Timer?.EndsOn);
    }

    [Fact]
    public void A_payment_with_its_day_gives_both()
    {
        var facts = Read("paid with PayPal on the 2nd", Expectation.Timer);

        Assert.Equal(PaymentMethod.PayPal, facts.Payment);
        Assert.Equal(new DateFact(Day(3, 2)), facts.PaidOn);
        Assert.Null(facts.Timer);
    }

    [Fact]
    public void A_pasted_seller_offer_warns_and_keeps_the_problem_and_the_date()
    {
        var facts = Read("item arrived broken 3 days ago. seller wrote: Dear friend, please close the dispute and we will resend a new one");

        Assert.Equal("close_for_resend", facts.Trap?.Id);
        Assert.Equal(Arrival.Yes, facts.Arrival);
        Assert.Equal("damaged", facts.Problem?.Best?.Id);
        Assert.Equal(new DateFact(DaysAgo(3)), facts.DeliveredOn);
    }

    [Theory]
    [InlineData("my order never came")]
    [InlineData("nevr came")]
    [InlineData("still waiting for my pakage")]
    [InlineData("i never recieved it")]
    [InlineData("nothing arrived yet, its been weeks")]
    [InlineData("parcel still in transit")]
    [InlineData("didnt get it")]
    public void Not_arrived_is_read_in_buyers_words(string text)
    {
        Assert.Equal(Arrival.No, Read(text).Arrival);
    }

    [Theory]
    [InlineData("got it today but its broken")]
    [InlineData("it arrived but the screen is cracked")]
    [InlineData("recieved the item, wrong colour")]
    [InlineData("i have it, but it doesnt work")]
    public void Arrived_is_read_in_buyers_words(string text)
    {
        Assert.Equal(Arrival.Yes, Read(text).Arrival);
    }

    [Theory]
    [InlineData("only got 3 of the 10 pieces")]
    [InlineData("half of it came")]
    public void Part_of_an_order_is_partly_arrived(string text)
    {
        Assert.Equal(Arrival.Partly, Read(text).Arrival);
    }

    [Fact]
    public void A_bare_no_answers_arrival_only_at_the_arrival_question()
    {
        Assert.Equal(Arrival.No, Read("no", Expectation.Arrival).Arrival);
        Assert.Null(Read("no", Expectation.DisputeOpened).Arrival);
        Assert.False(Read("no", Expectation.DisputeOpened).YesNo);
    }

    [Theory]
    [InlineData("seller hasnt shipped my order yet")]
    [InlineData("it still says awaiting shipment after 10 days")]
    [InlineData("the order was never shipped")]
    public void An_unshipped_order_is_read_as_not_shipped(string text)
    {
        var facts = Read(text);
        Assert.True(facts.NotShipped);
        Assert.Equal(Arrival.No, facts.Arrival);
    }

    [Fact]
    public void A_shipped_order_is_not_read_as_unshipped()
    {
        Assert.False(Read("it was shipped 3 weeks ago").NotShipped);
    }

    [Theory]
    [InlineData("tracking says delivered but i have nothing")]
    [InlineData("it shows delivered but my mailbox is empty")]
    [InlineData("marked as delivered, never got it")]
    [InlineData("status says delivered but nothing came")]
    public void Tracking_that_says_delivered_is_read_with_the_missing_parcel(string text)
    {
        var facts = Read(text);
        Assert.True(facts.TrackingSaysDelivered);
        Assert.Equal("delivered_not_received", facts.Problem?.Best?.Id);
    }

    [Fact]
    public void Tracking_that_does_not_say_delivered_is_not_read_as_delivered()
    {
        Assert.False(Read("tracking hasnt updated in 2 weeks").TrackingSaysDelivered);
    }

    [Theory]
    [InlineData("paid by card", PaymentMethod.Card)]
    [InlineData("i paid with my visa", PaymentMethod.Card)]
    [InlineData("paid via paypal", PaymentMethod.PayPal)]
    [InlineData("used paypall", PaymentMethod.PayPal)]
    [InlineData("payed with a gift card", PaymentMethod.Other)]
    public void The_payment_method_is_read_anywhere_with_a_word_of_paying(string text, PaymentMethod expected)
    {
        Assert.Equal(expected, Read(text).Payment);
    }

    [Fact]
    public void A_card_without_a_word_of_paying_is_no_payment_outside_the_payment_question()
    {
        Assert.Null(Read("the seller put a thank you card in the box").Payment);
        Assert.Equal(PaymentMethod.Card, Read("card", Expectation.Payment).Payment);
        Assert.Equal(PaymentMethod.Unknown, Read("i dont know", Expectation.Payment).Payment);
        Assert.Null(Read("i dont know", Expectation.Arrival).Payment);
    }

    [Theory]
    [InlineData("only 5 of the 12 came", 5, 12)]
    [InlineData("ordered 10, got 7", 7, 10)]
    [InlineData("received 3 out of 4 pcs", 3, 4)]
    public void Quantities_are_kept_with_other_facts(string text, int received, int ordered)
    {
        Assert.Equal(new QuantityReport(received, ordered), Read(text).Quantities);
    }

    [Theory]
    [InlineData("I was already refunded inside the dispute", DisputeKind.Refunded)]
    [InlineData("got my money back yesterday", DisputeKind.Refunded)]
    [InlineData("I closed the dispute by mistake", DisputeKind.Closed)]
    [InlineData("i cancelled my dispute", DisputeKind.Closed)]
    [InlineData("I already opened a dispute", DisputeKind.Open)]
    [InlineData("havent opened a dispute yet", DisputeKind.NotOpened)]
    public void Where_the_dispute_stands_is_read(string text, DisputeKind expected)
    {
        Assert.Equal(expected, Read(text).Dispute?.Kind);
    }

    [Fact]
    public void Not_refunded_is_not_a_refund()
    {
        Assert.NotEqual(DisputeKind.Refunded, Read("i have not been refunded").Dispute?.Kind);
    }

    [Fact]
    public void The_day_a_dispute_was_opened_is_kept()
    {
        Assert.Equal(new DisputeFact(DisputeKind.Open, Day(3, 16)), Read("I opened a dispute on Monday").Dispute);
    }

    [Fact]
    public void A_yes_at_the_dispute_question_means_a_dispute_is_open()
    {
        Assert.Equal(DisputeKind.Open, Read("yes", Expectation.DisputeOpened).Dispute?.Kind);
        Assert.Equal(DisputeKind.NotOpened, Read("nope", Expectation.DisputeOpened).Dispute?.Kind);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there!")]
    [InlineData("good morning")]
    [InlineData("hey 👋")]
    public void A_greeting_alone_is_a_greeting(string text)
    {
        Assert.True(Read(text).IsGreeting);
    }

    [Fact]
    public void A_greeting_with_a_problem_is_not_only_a_greeting()
    {
        var facts = Read("hi, my package never arrived");
        Assert.False(facts.IsGreeting);
        Assert.Equal(Arrival.No, facts.Arrival);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("yep", true)]
    [InlineData("nope", false)]
    [InlineData("no, it never came", false)]
    public void A_plain_yes_or_no_is_read(string text, bool expected)
    {
        Assert.Equal(expected, Read(text).YesNo);
    }

    [Theory]
    [InlineData("idk")]
    [InlineData("not sure")]
    [InlineData("dunno")]
    public void I_dont_know_is_read(string text)
    {
        Assert.True(Read(text).DontKnow);
    }

    [Theory]
    [InlineData("how do I open a dispute?")]
    [InlineData("can i get a refund if the box is empty")]
    [InlineData("what happens after the timer ends")]
    public void A_question_is_marked_as_a_question(string text)
    {
        Assert.True(Read(text).IsQuestion);
    }

    [Theory]
    [InlineData("it never came")]
    [InlineData("paid by card")]
    public void A_statement_is_not_a_question(string text)
    {
        Assert.False(Read(text).IsQuestion);
    }

    [Fact]
    public void Nothing_to_read_is_empty()
    {
        Assert.True(Read("").IsEmpty);
        Assert.True(Read("   ").IsEmpty);
    }

    [Fact]
    public void Hostile_input_never_throws()
    {
        var long_ = string.Concat(Enumerable.Repeat("delivered 12 days ago, 3 days left, 05/03 31/02 ", 200));
        var facts = Read(long_);
        Assert.NotNull(facts);
        Assert.NotNull(Read("\u0000\u202e🙂🙂🙂 99999999 days left 12d 99:99:99"));
    }
}
