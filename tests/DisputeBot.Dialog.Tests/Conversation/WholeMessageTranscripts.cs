using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Every fact of a message is kept, whatever was asked; no question is asked whose answer is known, and a
/// correction is said back. The clock is pinned to Tuesday 10 March 2026.</summary>
public sealed class WholeMessageTranscripts
{
    [Fact]
    public void An_order_that_never_came_told_first_is_not_asked_whether_it_arrived()
    {
        // "Never came" says nothing came, not why: in transit, lost, sent elsewhere and marked delivered are different
        // reasons of the dispute form (domain-rules.md "Reasons in the dispute form"), so the bot asks which.
        var chat = new Transcript().Play(
            "> my order never came",
            "< Hi, I'm DisputeBot.*",
            "< ? What's happening with the parcel?* [in_transit|no_tracking|customs|returned_to_seller|wrong_address|delivered_not_received]");
        Assert.Equal(Arrival.No, chat.State!.Arrival);
        Assert.Null(chat.State.CategoryId);

        // "No" afterwards agrees with what is known: it erases nothing and the arrival is not asked.
        chat.Play("> no", "< *", "< ? What's happening with the parcel?*");
        Assert.Equal(Arrival.No, chat.State!.Arrival);
        chat.Play("> tracking hasnt moved in 3 weeks", "< Got it: Still on its way.*", "< *", "< ? Open the order on AliExpress*");
        Assert.Equal("in_transit", chat.State!.CategoryId);
    }

    [Fact]
    public void A_message_with_several_facts_keeps_them_all_and_asks_only_what_is_missing()
    {
        var chat = new Transcript().Play(
            "> never came, tracking says delivered last Tuesday in another town, paid by card",
            "< Hi, I'm DisputeBot.*",
            "< Got it: Says delivered, not received.*",
            "< *",
            "< The tracking says delivered: that cuts the time left to open a dispute to about 5 days*",
            "< Noted: delivered on 3 March 2026.*about 5 days from that day ended on 8 March 2026*",
            "< Noted: paid by card or AliExpress wallet.",
            "< ? Open the order on AliExpress*countdown* [no_timer]");
        var state = chat.State!;
        Assert.Equal(Arrival.No, state.Arrival);
        Assert.Equal("delivered_not_received", state.CategoryId);
        Assert.Equal(new DateOnly(2026, 3, 3), state.DeliveredOn);
        Assert.Equal(PaymentMethod.Card, state.Payment);
        Assert.True(state.TrackingDelivered);

        // Payment and the delivery day are known: neither is asked.
        chat.Play("> 5 days left", "< Noted: your protection ends on 15 March 2026, 5 days from today.", "< ? On which day did the seller ship*");
        chat.Play("> [dont_know]", "< No problem, I'll go on without the shipping day*", "< ? On which day did you pay?*");
    }

    [Fact]
    public void A_corrected_date_is_applied_and_said_back()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [yes]", "< ? *",
            "> [damaged]", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? On which day did it arrive*",
            "> it was delivered on 5 March",
            // The countdown was read (22 March): it is the last day, so no date from the delivery day is said with it.
            "< Noted: delivered on 5 March 2026.",
            "< ? How did you pay for the order?*",
            "> sorry, it was delivered on 3 March actually",
            "< Changed: delivered on 3 March 2026.",
            "< ? How did you pay for the order?*");
        Assert.Equal(new DateOnly(2026, 3, 3), chat.State!.DeliveredOn);
    }

    [Fact]
    public void A_hello_in_the_middle_is_greeted_back_and_the_question_asked_again() =>
        new Transcript().Play(
            "> /start", "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive?*",
            "> hello",
            "< Hi! Here's where we are:",
            "< ? First: did your package arrive? [yes|no|partly]");

    [Fact]
    public void A_language_the_bot_does_not_speak_is_told_once_in_English()
    {
        var chat = new Transcript(knowledge: RealKnowledge.EnglishOnly).Play(
            "> mi pedido no llegó",
            "< Hi, I'm DisputeBot.*",
            "< Sorry, I can't read that language yet. Send /language*",
            "< ? First: did your package arrive?*",
            "> sigue sin llegar",
            "< Just tell me whether the package arrived*",
            "< ? First: did your package arrive?*");
        Assert.True(chat.State!.LanguageNoted);
    }

    [Fact]
    public void A_date_that_reads_two_ways_in_the_first_message_is_confirmed_before_it_is_used()
    {
        var chat = new Transcript().Play(
            "> it arrived broken on 03/02",
            "< Hi, I'm DisputeBot.*",
            "< Got it: Arrived damaged.*",
            "< *",
            "< ? Just to be sure: did you mean 3 February 2026 or 2 March 2026? [date_a|date_b]",
            "> [date_b]",
            "< Noted: delivered on 2 March 2026.",
            "< ? Open the order on AliExpress*");
        Assert.Equal(new DateOnly(2026, 3, 2), chat.State!.DeliveredOn);
    }

    [Fact]
    public void An_order_not_shipped_yet_gets_the_cancellation_advice_not_a_dispute()
    {
        var chat = new Transcript().Play(
            "> the seller hasn't shipped my order yet",
            "< Hi, I'm DisputeBot.*",
            "< *not a dispute yet: ask to cancel the order*9 days*",
            "< ? How is the cancellation going?*");
        Assert.True(chat.State!.NotShipped);
    }

    [Fact]
    public void A_refund_already_received_in_the_dispute_makes_closing_safe_and_no_warning_is_given()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> I was already refunded inside the dispute, can I close it?",
            "< *closing it now is safe.",
            "< Then this case is settled: there's no evidence to collect*a few days*",
            "< ? Anything else about this order?*");
        Assert.Equal(DisputeKind.Refunded, chat.State!.Dispute);
        Assert.DoesNotContain(chat.LastReplies, r => r is TextReply { Tone: ReplyTone.Warning });
    }

    [Fact]
    public void A_dispute_closed_by_mistake_gets_the_conditions_to_reopen_it_not_the_warning()
    {
        var chat = new Transcript().Play("> /start", "< *", "< ? *", "> [no]", "< ? *");
        var replies = chat.Send("I closed the dispute by mistake, can I reopen it?");
        Assert.DoesNotContain(replies, r => r is TextReply { Tone: ReplyTone.Warning });
        Assert.Contains(replies, r => r is TextReply t && t.Text.Contains("again", StringComparison.OrdinalIgnoreCase) && t.Text.Contains("timer", StringComparison.OrdinalIgnoreCase));
        Assert.IsType<ChoicesReply>(replies[^1]);
    }

    [Fact]
    public void A_warning_keeps_the_rest_of_the_message()
    {
        var chat = new Transcript().Play(
            "> seller says close the dispute and he will resend, the box came empty",
            "< Hi, I'm DisputeBot.*",
            "< ! Don't close the dispute*",
            "< Got it: Empty package.*",
            "< *",
            "< ? Open the order on AliExpress*");
        Assert.Equal("empty_package", chat.State!.CategoryId);
        Assert.Null(chat.State.Dispute);
    }

    [Fact]
    public void A_question_is_answered_and_the_rest_of_the_message_kept()
    {
        var chat = new Transcript().Play(
            "> how long does the seller have to answer? my parcel never arrived",
            "< Hi, I'm DisputeBot.*",
            "< *",
            "< ? What's happening with the parcel?*");
        Assert.Equal(Arrival.No, chat.State!.Arrival);
    }

    [Fact]
    public void A_timer_that_ended_is_noted_and_not_asked_again()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> [no_tracking]", "< *", "< *", "< ? Open the order on AliExpress*",
            "> it ended on 1 March",
            "< Noted: your protection ended on 1 March 2026, 9 days ago.*",
            "< ? On which day did the seller ship the order?*");
        Assert.True(chat.State!.TimerEnded);
        Assert.Equal(new DateOnly(2026, 3, 1), chat.State.ProtectionEndsOn);
    }

    [Fact]
    public void Confirmation_timeout_at_the_timer_question_is_an_answer_not_a_help_topic()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [no]", "< ? *",
            "> [no_tracking]", "< *", "< *", "< ? Open the order on AliExpress*",
            "> confirmation timeout",
            "< Noted: the protection countdown has already ended.*",
            "< ? On which day did the seller ship the order?*");
        Assert.True(chat.State!.TimerEnded);
    }

    [Fact]
    public void A_changed_payment_method_is_said_back()
    {
        var chat = new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> [yes]", "< ? *",
            "> [damaged]", "< *", "< *", "< ? *",
            "> 12 days left", "< *", "< ? *",
            "> yesterday", "< *", "< ? How did you pay*",
            "> [card]", "< ? On which day did you pay?*",
            "> oh wait, I actually paid with paypal",
            "< Changed: you paid with PayPal.",
            "< ? On which day did you pay?*");
        Assert.Equal(PaymentMethod.PayPal, chat.State!.Payment);
    }
}
