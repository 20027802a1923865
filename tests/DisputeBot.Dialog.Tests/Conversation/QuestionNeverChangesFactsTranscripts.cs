using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Questions buyers asked mid-chat: a question never changes what the bot knows, deadline questions get the
/// deadlines, and common worries get an answer. The clock is pinned to Monday 7 December 2026.</summary>
public sealed class QuestionNeverChangesFactsTranscripts
{
    private const string Today = "2026-12-07";

    /// <summary>A parcel on its way with 12 days on the countdown: ends 19 December.</summary>
    private static Transcript OnItsWayWithTwelveDaysLeft() => new Transcript(Today).Play(
        "> /start", "< *", "< ? *",
        "> no", "< ? What's happening with the parcel*",
        "> still in transit, tracking hasnt moved", "< Got it: Still on its way.*", "< *", "< ? *countdown*",
        "> 12 days left", "< Noted: your protection ends on 19 December 2026, 12 days from today.", "< ? On which day did the seller ship*");

    [Fact]
    public void A_date_asked_about_does_not_move_the_countdown()
    {
        var chat = OnItsWayWithTwelveDaysLeft();
        chat.Say("can i still open it until 19 dec?");
        Assert.Equal(new DateOnly(2026, 12, 19), chat.State!.ProtectionEndsOn);
        Assert.DoesNotContain("Changed", Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is it too late?")]
    [InlineData("am i too late to get my money back")]
    [InlineData("did i miss the deadline?")]
    [InlineData("how many days do i have left")]
    [InlineData("what dates do i have exactly")]
    [InlineData("can i open the dispute right now or do i have to wait")]
    [InlineData("what can i still do??")]
    public void A_deadline_question_gets_the_deadlines_and_changes_nothing(string question)
    {
        var chat = OnItsWayWithTwelveDaysLeft();
        var category = chat.State!.CategoryId;
        chat.Say(question);
        Assert.Equal(category, chat.State!.CategoryId);
        Assert.Equal(new DateOnly(2026, 12, 19), chat.State.ProtectionEndsOn);
        Assert.Contains(chat.LastReplies, r => r is CardReply { Title: "Your deadlines" });
        Assert.Contains("19 December 2026", Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_question_without_the_countdown_asks_for_it() =>
        new Transcript(Today).Play(
            "> /start", "< *", "< ? *",
            "> is it too late?",
            "< The countdown on your order page decides how long you have left.*",
            "< ? First: did your package arrive?*");

    [Fact]
    public void Should_i_open_today_at_the_shipping_question_is_no_shipping_day()
    {
        var chat = new Transcript(Today).Play(
            "> /start", "< *", "< ? *",
            "> no", "< ? What's happening with the parcel*",
            "> still in transit, tracking hasnt moved", "< Got it: Still on its way.*", "< *", "< ? *countdown*",
            "> i cant find it", "< *", "< ? *");
        chat.Say("ok so should i open the dispute today?");
        Assert.Null(chat.State!.ShippedOn);
        chat.Say("so what do i do now, open dispute today or wait?");
        Assert.Null(chat.State!.ShippedOn);
        Assert.Null(chat.State.PaidOn);
        Assert.DoesNotContain("Paying on", Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_stated_in_a_question_is_still_noted()
    {
        var chat = new Transcript(Today).Say("I paid by card, can I do a chargeback?");
        Assert.Equal(PaymentMethod.Card, chat.State!.Payment);
    }

    [Theory]
    [InlineData("will i get banned if i open too many disputes?", "many from one account")]
    [InlineData("what if the seller refuses?", "AliExpress steps in")]
    [InlineData("will the seller see it?", "the seller sees what you write")]
    [InlineData("can I go to PayPal if he doesn't pay?", "Only if you paid for this order with PayPal")]
    [InlineData("should i just open a paypal case instead?", "Open the AliExpress dispute first")]
    public void A_common_worry_gets_its_answer(string question, string answer)
    {
        var chat = new Transcript(Today).Say(question);
        Assert.Contains(answer, Transcript.Describe(chat.LastReplies), StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_hi_after_the_greeting_reads_right() =>
        new Transcript(Today).Play(
            "> /start", "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive?*",
            "> hi",
            "< Hi! Here's where we are:",
            "< ? First: did your package arrive? [yes|no|partly]");

    [Fact]
    public void The_deadlines_say_the_countdown_bounds_only_the_AliExpress_dates()
    {
        var chat = OnItsWayWithTwelveDaysLeft();
        chat.Say("/deadlines");
        var text = Transcript.Describe(chat.LastReplies);
        Assert.Contains("no AliExpress dispute date here is later than its end", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no date here is later", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopening_after_another_order_was_described_gets_the_conditions_not_a_warning()
    {
        var chat = OnItsWayWithTwelveDaysLeft();
        chat.Say("I closed it by mistake, can I reopen it?");
        var text = Transcript.Describe(chat.LastReplies);
        Assert.DoesNotContain("Don't close the dispute", text, StringComparison.Ordinal);
        Assert.Contains("opened again only when", text, StringComparison.Ordinal);
    }
}
