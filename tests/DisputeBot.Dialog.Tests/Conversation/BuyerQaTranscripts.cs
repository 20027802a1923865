using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Messages typed by engineers chatting as buyers (no apostrophes, pasted offers, number words), each once
/// misread. The clock is pinned to Tuesday 10 March 2026.</summary>
public sealed class BuyerQaTranscripts
{
    [Fact]
    public void A_seller_asking_for_confirm_received_before_it_came_is_warned_and_no_delivery_day_is_noted()
    {
        var chat = new Transcript().Play(
            "> seller wants me to click confirm received now, the item hasnt even arrived. what happens if i do?",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't confirm receipt*",
            "< ? What's happening with the parcel?*");
        Assert.Equal(Arrival.No, chat.State!.Arrival);
        Assert.Null(chat.State.DeliveredOn);
        Assert.NotEqual("wrong_item", chat.State.CategoryId);
    }

    [Fact]
    public void A_payment_said_after_a_warning_is_noted_without_offering_problems_to_pick_from()
    {
        var chat = new Transcript().Play(
            "> seller says if i cancel the dispute he'll give me a refund on paypal",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't close the dispute*",
            "< ? *did your package arrive*",
            "> i paid by card",
            "< Noted: paid by card*",
            "< ? *did your package arrive*");
        Assert.Null(chat.State!.CategoryCandidates);
    }

    [Fact]
    public void A_question_back_at_the_arrival_question_is_not_read_as_yes()
    {
        var chat = new Transcript().Play(
            "> seller msg: \"Dear friend, please close the dispute, we will send you new one immediately\"",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't close the dispute*",
            "< ? *did your package arrive*");
        chat.Send("should i do that?");
        Assert.Null(chat.State!.Arrival);
    }

    [Fact]
    public void Two_clear_problems_told_with_dates_are_offered_to_pick_from()
    {
        var chat = new Transcript().Play(
            "> bought a smartwatch, it came 4 days ago but the screen is cracked and it wont charge. timer shows 9d 14h",
            "< Hi, I'm DisputeBot.*",
            "< That could be a few things.",
            "< Noted: your protection ends on 20 March 2026*",
            "< Noted: delivered on 6 March 2026.",
            "< ? I think it's one of these. Which fits best? [damaged|quality|quantity_shortage|other]");
        Assert.Contains("damaged", chat.State!.CategoryCandidates ?? []);
        Assert.Contains("quality", chat.State.CategoryCandidates ?? []);
        Assert.NotNull(chat.State.ProtectionEndsOn);
    }

    [Fact]
    public void A_full_refund_offer_with_dear_postage_is_compared_from_the_amounts_given()
    {
        var chat = new Transcript().Play(
            "> they offer full refund if i send it back but postage is 20 euro and the lamp cost 15, what should i do?",
            "< Hi, I'm DisputeBot.*",
            "< Returning would cost 20 EUR, as much as or more than the item's 15 EUR, so a full refund with a return would leave you with nothing*partial refund*",
            "< ? *");
        Assert.Null(chat.State!.Dispute);
    }

    [Fact]
    public void A_seller_who_will_resend_if_the_dispute_is_closed_gets_the_warning_not_a_problem()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> no", "< ? What's happening with the parcel*",
            "> the seller says close the dispute and he will resend a new one, should i?",
            "< ! Don't close the dispute for a promised resend.*",
            "< ? What's happening with the parcel*");
        Assert.Null(chat.State!.CategoryId);
    }

    [Fact]
    public void A_paypal_refund_promised_for_closing_is_warned_once()
    {
        new Transcript().Play(
            "> the seller says he will refund me on paypal if i close the dispute",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't close the dispute for a refund through PayPal*",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void Confirmation_timeout_on_the_order_means_the_timer_has_ended()
    {
        var chat = new Transcript().Play(
            "> my order says confirmation timeout and the parcel never came",
            "< Hi, I'm DisputeBot.*",
            "< Noted: the protection countdown has already ended. The order then counts as received*Try to open the dispute at once: one guide says*another says none can*",
            "< ? What's happening with the parcel?*");
        Assert.Equal(Arrival.No, chat.State!.Arrival);
    }

    [Fact]
    public void A_dispute_aliexpress_decided_for_the_seller_points_to_the_appeal_and_paypal()
    {
        var chat = new Transcript().Play(
            "> i paid with paypal, the item never came and aliexpress closed my dispute for the seller",
            "< Hi, I'm DisputeBot.*",
            "< *Appeal within about 7 days*only*once*not an official rule*PayPal dispute, up to 180 days after you paid.",
            "< Noted: paid with PayPal.",
            "< ? What's happening with the parcel*");
        Assert.Null(chat.State!.CategoryId);
        Assert.Null(chat.State.Dispute);
    }

    [Theory]
    [InlineData("the post office wants me to pay a customs fee before they give me the parcel")]
    [InlineData("i have to pay import tax at the post office")]
    public void A_fee_to_pay_at_the_post_office_is_answered_without_choosing_a_problem(string message)
    {
        var chat = new Transcript().Play(
            "> " + message,
            "< Hi, I'm DisputeBot.*",
            "< Usually it's real. Import duty and tax are the buyer's to pay*",
            "< ? First: did your package arrive?*");
        Assert.Null(chat.State!.CategoryId);
    }

    [Theory]
    [InlineData("twenty one days left", "31 March 2026, 21 days")]
    [InlineData("twenty-one days left", "31 March 2026, 21 days")]
    [InlineData("thirty five days left on the timer", "14 April 2026, 35 days")]
    public void A_count_in_compound_number_words_is_read_whole(string message, string end)
    {
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> no", "< ? *",
            "> " + message,
            "< Noted: your protection ends on " + end + " from today.",
            "< ? What's happening with the parcel*");
    }

    [Fact]
    public void Leather_in_the_pictures_and_plastic_in_the_box_is_not_as_described()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> yes", "< ? *",
            "> pictures showed leather but its plastic",
            "< Got it: Not as described.*", "< *", "< ? *");
        Assert.Equal("not_as_described", chat.State!.CategoryId);
    }

    [Fact]
    public void A_lowball_offer_for_a_broken_item_gets_the_partial_refund_advice_and_keeps_the_problem()
    {
        var chat = new Transcript().Play(
            "> seller offered 2 dollars for a broken tablet that cost 90, should i accept?",
            "< Hi, I'm DisputeBot.*",
            "< ! Check the amount before you accept a partial refund*reject it with your evidence*AliExpress can step in*",
            "< Got it: Arrived damaged.*",
            "< *",
            "< The seller offers 2 USD of the 90 USD you paid: about 2% of the price.",
            "< With a partial refund you keep the item; a full refund may mean sending it back*",
            "< ? Open the order on AliExpress*countdown* [no_timer]");
        Assert.Equal("damaged", chat.State!.CategoryId);
    }

    [Fact]
    public void A_percentage_refund_offer_gets_the_partial_refund_advice()
    {
        new Transcript().Play(
            "> refund offer of 30%, should I accept?",
            "< Hi, I'm DisputeBot.*",
            "< ! Check the amount before you accept a partial refund*",
            "< The seller offers 30% of what you paid. Tell me what you paid*",
            "< With a partial refund you keep the item*",
            "< ? First: did your package arrive?*");
    }

    [Theory]
    [InlineData("no")]
    [InlineData("dont remember")]
    public void No_to_the_payment_day_is_not_known_and_the_talk_moves_on(string answer)
    {
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> no", "< ? *",
            "> still on its way", "< *", "< *", "< ? *",
            "> 10 days", "< *", "< ? On which day did the seller ship*",
            "> no", "< No problem, I'll go on without the shipping day*", "< ? How did you pay*",
            "> paypal", "< ? On which day did you pay?*",
            "> " + answer,
            "< No problem. Without the payment day*",
            "< ? Have you already opened a dispute*");
    }

    [Fact]
    public void A_past_day_typed_at_another_question_does_not_move_the_countdown_into_the_past()
    {
        var chat = new Transcript().Play(
            "> my earbuds came yesterday but one side doesnt work at all",
            "< Hi, I'm DisputeBot.*", "< Got it: *", "< *", "< Noted: delivered on 9 March 2026.", "< ? *",
            "> fourteen days", "< Noted: your protection ends on 24 March 2026, 14 days from today.", "< ? How did you pay*",
            "> yesterday", "< How did you pay: card, PayPal, or something else?", "< ? How did you pay for the order?*");
        Assert.Equal(new DateOnly(2026, 3, 24), chat.State!.ProtectionEndsOn);
    }

    [Fact]
    public void A_paypal_refund_for_closing_asked_about_gets_the_warning_and_no_paypal_topic_after_it()
    {
        new Transcript().Play(
            "> seller says pls close dispute, we refund u via paypal in 2 days, is it safe?",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't close the dispute for a refund through PayPal*",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void A_dispute_closed_by_mistake_gets_the_reopen_conditions_not_a_warning()
    {
        new Transcript().Play(
            "> i closed the dispute by mistake can i reopen it",
            "< Hi, I'm DisputeBot.*",
            "< A dispute you cancelled can sometimes be reopened*countdown is still running*",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void I_have_and_a_count_is_the_timer_not_a_question()
    {
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> yes", "< ? *",
            "> the watch is fake", "< Got it: Fake or counterfeit.*", "< *", "< ? Open the order on AliExpress*",
            "> i have 22 days",
            "< Noted: your protection ends on 1 April 2026, 22 days from today.",
            "< ? On which day did it arrive*");
    }
}
