using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>A buyer who asks for a person, or whom the bot fails to understand three times, reaches one where the host
/// offers a handoff, and is told where human help is (AliExpress's own support) where it does not.</summary>
public sealed class HandoffTranscripts
{
    private static Transcript Started(HandoffMode handoff) =>
        new Transcript(handoff: handoff).Play("> /start", "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive?*");

    [Fact]
    public void Without_a_handoff_the_buyer_is_told_where_human_help_is()
    {
        var chat = Started(HandoffMode.None).Play(
            "> can i talk to a real person please",
            "< I can't put you through to a person here.*inside your dispute*AliExpress customer service*",
            "< ? First: did your package arrive?*");

        Assert.Null(chat.State!.Recent);
        Assert.Null(chat.State.HandoffSince);
    }

    [Theory]
    [InlineData("/human")]
    [InlineData("human")]
    [InlineData("talk to a person")]
    [InlineData("I want to speak to a human")]
    [InlineData("real agent pls")]
    [InlineData("can i talk to a huamn")]
    [InlineData("let me speak to a real persn")]
    public void Asking_for_a_person_in_any_words_hands_the_conversation_over(string asking)
    {
        Started(HandoffMode.Live).Play(
            "> " + asking,
            "< handoff Asked",
            "< I've asked a person from our support team to take over*Type /bot*");
    }

    [Theory]
    [InlineData("i don't need a human, the parcel never came")]
    [InlineData("the delivery person left it at the wrong door")]
    public void Mentioning_a_person_without_asking_for_one_is_no_handoff(string message)
    {
        var replies = Started(HandoffMode.Live).Send(new TextInput(message));

        Assert.DoesNotContain(replies, r => r is HandoffReply);
    }

    [Fact]
    public void During_a_live_handoff_the_bot_relays_the_buyer_and_the_person_answers_until_they_close_the_case()
    {
        Started(HandoffMode.Live).Play(
            "> no",
            "< ? What's happening with the parcel?*",
            "> /human",
            "< handoff Asked",
            "< I've asked a person*",
            "> it has been stuck for weeks",
            "< relay it has been stuck for weeks",
            "> [agent: Hi, I'm Ana from support. Which order is it?]",
            "< Support team: Hi, I'm Ana from support. Which order is it?",
            "> [agent closed]",
            "< The person from our support team has closed your case, so I'm back.*",
            "< ? What's happening with the parcel?*");
    }

    [Fact]
    public void The_buyer_goes_back_to_the_bot_with_slash_bot_and_the_person_is_told()
    {
        var chat = Started(HandoffMode.Live).Play(
            "> /human",
            "< handoff Asked",
            "< I've asked a person*",
            "> /bot",
            "< relay The buyer went back to the bot (/bot).",
            "< I'm back. Here's where we were:",
            "< ? First: did your package arrive?*");

        Assert.Null(chat.State!.HandoffSince);
    }

    [Fact]
    public void A_handoff_that_failed_gives_the_conversation_back_to_the_bot()
    {
        Started(HandoffMode.Live).Play(
            "> /human",
            "< handoff Asked",
            "< *",
            "> [agent failed]",
            "< Sorry, nobody from our support team could take your case just now*",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void A_handoff_nobody_closed_ends_by_itself_after_a_day()
    {
        var chat = Started(HandoffMode.Live).Play("> /human", "< handoff Asked", "< *");
        chat.Wait(TimeSpan.FromHours(25)).Play(
            "> no",
            "< ? What's happening with the parcel?*");

        Assert.Null(chat.State!.HandoffSince);
    }

    [Fact]
    public void With_a_notification_only_the_case_is_passed_on_and_the_bot_carries_on()
    {
        var chat = Started(HandoffMode.Notify).Play(
            "> /human",
            "< handoff Asked",
            "< I've sent your case and our latest messages to our support team.*",
            "< ? First: did your package arrive?*",
            "> no",
            "< ? What's happening with the parcel?*");

        Assert.Null(chat.State!.HandoffSince);
    }

    [Fact]
    public void Three_messages_in_a_row_not_understood_offer_a_person()
    {
        Started(HandoffMode.Live).Play(
            "> no",
            "< ? What's happening with the parcel?*",
            "> blorp",
            "< *",
            "< ? What's happening with the parcel?*",
            "> zzzz qqqq",
            "< *",
            "< ? What's happening with the parcel?*",
            "> grmbl",
            "< ? Sorry, I'm having trouble understanding you. Would you like to talk to a person*[handoff|handoff_no]",
            "> [handoff]",
            "< handoff NotUnderstood",
            "< I've asked a person*");
    }

    [Fact]
    public void Declining_the_offer_carries_on_and_the_count_starts_again()
    {
        var chat = Started(HandoffMode.Live).Play(
            "> blorp", "< *", "< ? *",
            "> zzzz qqqq", "< *", "< ? *",
            "> grmbl",
            "< ? Sorry, I'm having trouble understanding you.*[handoff|handoff_no]",
            "> [handoff_no]",
            "< ? First: did your package arrive?*");

        Assert.Equal(0, chat.State!.Misses);
    }

    [Fact]
    public void Without_a_handoff_three_misses_say_where_human_help_is()
    {
        Started(HandoffMode.None).Play(
            "> blorp", "< *", "< ? *",
            "> zzzz qqqq", "< *", "< ? *",
            "> grmbl",
            "< Sorry, I'm having trouble understanding you.",
            "< I can't put you through to a person here.*",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void An_understood_message_resets_the_count()
    {
        var chat = Started(HandoffMode.Live).Play(
            "> blorp", "< *", "< ? *",
            "> zzzz qqqq", "< *", "< ? *",
            "> no", "< ? *");

        Assert.Equal(0, chat.State!.Misses);
    }

    [Fact]
    public void The_request_carries_the_summary_and_the_latest_messages()
    {
        var chat = Started(HandoffMode.Live).Play(
            "> no",
            "< ? *",
            "> the tracking has not moved since it left china",
            "< *", "< *", "< ? *",
            "> can I talk to a human about it",
            "< handoff Asked",
            "< *");

        var request = chat.LastHandoff!;
        Assert.Equal(HandoffReason.Asked, request.Reason);
        Assert.Equal("en", request.Language);
        Assert.False(string.IsNullOrWhiteSpace(request.Summary));
        Assert.Contains(request.Recent, l => l.FromBuyer && l.Text == "the tracking has not moved since it left china");
        Assert.True(request.Recent[^1] is { FromBuyer: true, Text: "can I talk to a human about it" });
        Assert.Contains(request.Recent, l => !l.FromBuyer);
    }

    [Fact]
    public void Recent_messages_are_bounded_shortened_and_expire()
    {
        var chat = Started(HandoffMode.Notify);
        for (var i = 0; i < 10; i++)
        {
            chat.Say(new string('x', 400) + " " + i);
        }

        var recent = chat.State!.Recent!;
        Assert.Equal(6, recent.Count);
        Assert.All(recent, l => Assert.True(l.Text.Length <= 160, l.Text));

        chat.Wait(TimeSpan.FromHours(25)).Say("/human");
        Assert.Equal(["/human"], chat.LastHandoff!.Recent.Select(l => l.Text));
    }

    [Fact]
    public void Recent_messages_are_dropped_when_no_handoff_is_configured()
    {
        var chat = Started(HandoffMode.Notify).Play("> no", "< ? *");
        Assert.NotNull(chat.State!.Recent);

        var withNone = chat.State;
        Assert.NotEmpty(withNone.Recent!);
        var dialog = new DisputeDialog(RealKnowledge.Base);
        var result = dialog.Handle(withNone, new Turn("9", "user-1", "en-GB", new TextInput("yes"), Handoff: HandoffMode.None), DateTimeOffset.Parse("2026-03-10T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(result.State.Recent);
    }

    [Fact]
    public void A_persons_message_after_the_buyer_went_back_is_still_delivered_and_a_late_close_says_nothing()
    {
        Started(HandoffMode.Live).Play(
            "> /human", "< handoff Asked", "< *",
            "> /bot", "< relay *", "< *", "< ? *",
            "> [agent: Sorry for the wait, I'm here now.]",
            "< Support team: Sorry for the wait, I'm here now.",
            "> [agent closed]");
    }

    [Fact]
    public void Slash_bot_outside_a_handoff_says_the_buyer_is_already_with_the_bot()
    {
        Started(HandoffMode.Live).Play(
            "> /bot",
            "< You're talking with me, the bot. To talk to a person, type /human.",
            "< ? First: did your package arrive?*");
    }

    [Fact]
    public void Asking_for_a_person_is_reported_once_for_analytics()
    {
        var chat = Started(HandoffMode.None).Play(
            "> /human", "< *", "< ? *",
            "> talk to a human", "< *", "< ? *");

        Assert.Single(chat.Events, e => e.Kind == DialogEventKind.HandoffAsked);
    }
}
