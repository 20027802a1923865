using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Chats as buyers write them, found by talking to the bot in the terminal. The clock is pinned to Monday
/// 7 December 2026.</summary>
public sealed class BuyerChatTranscripts
{
    private static Transcript Chat() => new("2026-12-07");

    [Theory]
    [InlineData("seller asks for my paypal email so he can refund me directly, he says to cancel the dispute")]
    [InlineData("the seller wants me to click confirm received before the item arrives")]
    public void A_first_message_that_only_quotes_the_seller_gets_the_warning_and_no_problems_to_pick(string message)
    {
        var chat = Chat().Play(
            "> " + message,
            "< Hi, I'm DisputeBot.*",
            "< ! Don't *",
            "< ? First: did your package arrive? [yes|no|partly]");
        Assert.Null(chat.State!.CategoryCandidates);
        Assert.Null(chat.State.Arrival);
        Assert.False(chat.State.Answered.HasFlag(Answered.Payment));
    }

    [Fact]
    public void A_first_message_that_only_asks_about_closing_a_refunded_dispute_gets_the_answer_and_no_problems_to_pick() =>
        Chat().Play(
            "> I was already refunded inside the dispute, can I close it now?",
            "< Hi, I'm DisputeBot.*",
            "< If the refund has already come through inside the dispute*closing it now is safe.",
            "< Then this case is settled: there's no evidence to collect*",
            "< ? Anything else about this order? Ask me, or start a new case. [restart]");

    [Fact]
    public void An_order_not_even_shipped_after_a_week_gets_the_cancellation_advice_and_how_to_do_it()
    {
        var chat = Chat().Play(
            "> the seller hasnt even shipped my order yet and its been a week",
            "< Hi, I'm DisputeBot.*",
            "< If the seller hasn't shipped the order yet, it's not a dispute yet: ask to cancel*9 days to decide*",
            "< ? How is the cancellation going? [cancel_not_asked|cancel_waiting|cancel_refused|shipped_now]");
        Assert.True(chat.State!.NotShipped);

        chat.Play(
            "> what can i do",
            "< Your order hasn't shipped yet*\"Request order cancellation\"*9 days*",
            "< ? How is the cancellation going?*");
        chat.Play(
            "> asked, still waiting for an answer",
            "< Give the seller a little time*within 2 days is approved by itself*at most 9 days*",
            "< ? On which day did you ask to cancel?*");
        chat.Play(
            "> it has shipped now",
            "< ? What's happening with the parcel?*");
        Assert.False(chat.State!.NotShipped);
    }

    [Fact]
    public void A_payment_method_typed_at_another_question_is_said_back_once() =>
        Chat().Play(
            "> yes", "< *", "< ? *",
            "> damaged", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? On which day did it arrive*",
            "> paypal",
            "< Noted: paid with PayPal.",
            "< ? On which day did you pay?*");

    [Fact]
    public void No_dispute_yet_typed_at_the_timer_question_is_kept_and_said_back()
    {
        var chat = Chat().Play(
            "> my order is still in transit", "< *", "< *", "< *", "< ? Open the order on AliExpress*",
            "> no dispute yet",
            "< Noted: no dispute opened yet.",
            "< ? Open the order on AliExpress*");
        Assert.Equal(DisputeKind.NotOpened, chat.State!.Dispute);
        Assert.True(chat.State.Answered.HasFlag(Answered.DisputeOpened));
    }

    [Theory]
    [InlineData("got my earbuds today and the left one doesnt work", "2026-12-07")]
    [InlineData("they arrived last friday but the left earbud doesnt work", "2026-12-04")]
    public void A_day_said_with_the_item_in_hand_is_the_delivery_day(string message, string day)
    {
        var chat = Chat().Play("> " + message, "< Hi*", "< Got it: Poor quality*", "< *", "< Noted: delivered on *", "< ? Open the order on AliExpress*");
        Assert.Equal(Arrival.Yes, chat.State!.Arrival);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), chat.State.DeliveredOn);
    }

    [Fact]
    public void A_delivery_day_keeps_only_part_of_the_order_arrived()
    {
        var chat = Chat().Play(
            "> i ordered 10 pairs of socks and only got 6", "< *", "< *", "< *", "< ? Open the order on AliExpress*",
            "> 12 days left", "< *", "< ? On which day did it arrive*",
            "> arrived last friday",
            "< Noted: delivered on 4 December 2026.*",
            "< ? How did you pay*");
        Assert.Equal(Arrival.Partly, chat.State!.Arrival);
    }

    [Fact]
    public void A_tracking_delivered_day_is_said_as_the_last_day_of_the_cut_time() =>
        Chat().Play(
            "> my parcel says delivered but i never got it", "< *", "< Got it: Says delivered*", "< *", "< *", "< ? Open the order*",
            "> delivered on the 2nd of december",
            "< Noted: delivered on 2 December 2026. With tracking saying delivered*about 5 days from that day: that ends today, 7 December 2026. Open the dispute now.",
            "< ? Open the order*");
}

public sealed class BuyerChatTranscriptsWithDates
{
    private static Transcript Chat() => new("2026-12-07", locale: null);

    [Fact]
    public void A_closed_dispute_asked_about_is_answered_once() =>
        new Transcript("2026-12-07").Play(
            "> I closed the dispute by mistake, can I reopen it?",
            "< Hi*",
            "< Sometimes.*",
            "< ? First: did your package arrive?*");

    [Fact]
    public void Confirmed_receipt_on_a_day_leaves_fifteen_days_from_it_unless_the_countdown_ends_sooner() =>
        new Transcript("2026-12-07").Play(
            "> i already clicked confirm received on 5 december but the thing is broken, can i still dispute?",
            "< Hi*", "< Confirming receipt pays the seller*up to 15 days after confirming*", "< Got it: *", "< *",
            "< Noted: delivered on 5 December 2026. That leaves you until 20 December 2026 at the latest*15 days after delivery*countdown*ends sooner.",
            "< ? Open the order on AliExpress*");

    [Fact]
    public void Other_facts_given_while_a_date_waits_for_confirmation_are_kept_and_their_own_date_follows_the_choice()
    {
        var chat = Chat().Play(
            "> yes", "< *", "< ? *",
            "> damaged", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? On which day did it arrive*",
            "> delivered 05/12", "< ? Just to be sure: did you mean *",
            "> paid by paypal on 01/12",
            "< Noted: paid with PayPal.",
            "< ? Just to be sure: did you mean *");
        Assert.Equal(PaymentMethod.PayPal, chat.State!.Payment);

        // Picking "5 December" settles day-first writing, so 01/12 is 1 December without a second question.
        var fifth = chat.State.PendingDate == new DateOnly(2026, 12, 5) ? "[date_a]" : "[date_b]";
        chat.Play(
            "> " + fifth,
            "< Noted: delivered on 5 December 2026.*",
            "< Noted: paid on 1 December 2026.",
            "< ? Have you already opened a dispute*");
        Assert.Equal(new DateOnly(2026, 12, 1), chat.State!.PaidOn);
    }

    [Fact]
    public void A_past_day_that_reads_two_ways_with_one_reading_ahead_takes_the_past_one()
    {
        var chat = Chat().Play(
            "> yes", "< *", "< ? *",
            "> damaged", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? On which day did it arrive*",
            "> 08/12",
            "< Noted: delivered on 12 August 2026.*",
            "< ? How did you pay*");
        Assert.Null(chat.State!.PendingDate);
    }
}

public sealed class BuyerQuestionTranscripts
{
    [Fact]
    public void A_question_of_the_buyers_own_is_no_answer_to_the_open_question()
    {
        var chat = new Transcript("2026-12-07").Play(
            "> my order is still in transit", "< *", "< *", "< *", "< ? Open the order on AliExpress*",
            "> what should i do now?",
            "< I don't have an answer to that one yet.*",
            "< ? Open the order on AliExpress*");
        Assert.Null(chat.State!.ProtectionEndsOn);
    }
}

public sealed class BuyerRefundTranscripts
{
    [Theory]
    [InlineData("I got a refund offer of 30% from the seller")]
    [InlineData("seller offered a 30% refund, should I accept?")]
    public void A_refund_offered_is_not_a_refund_received(string message)
    {
        var chat = new Transcript("2026-12-07").Say("> " + message);
        Assert.DoesNotContain("has already come through", Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
        Assert.NotEqual(DisputeKind.Refunded, chat.State!.Dispute);
    }

    [Fact]
    public void A_refund_received_is_still_read() =>
        Assert.Equal(DisputeKind.Refunded, new Transcript("2026-12-07").Say("> i was refunded inside the dispute").State!.Dispute);
}

public sealed class BuyerDisputeStateTranscripts
{
    [Fact]
    public void Not_opened_yet_typed_at_the_timer_question_is_kept_and_said_back()
    {
        var chat = new Transcript("2026-12-07").Play(
            "> my order is still in transit", "< *", "< *", "< *", "< ? Open the order on AliExpress*",
            "> not opened yet",
            "< Noted: no dispute opened yet.",
            "< ? Open the order on AliExpress*");
        Assert.Equal(DisputeKind.NotOpened, chat.State!.Dispute);
    }

    [Fact]
    public void A_question_about_a_refund_offer_offers_no_problems_to_pick()
    {
        var chat = new Transcript("2026-12-07").Say("> I got a refund offer of 30% from the seller, should I accept?");
        Assert.DoesNotContain("That could be a few things", Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
        Assert.Null(chat.State!.CategoryCandidates);
    }
}
