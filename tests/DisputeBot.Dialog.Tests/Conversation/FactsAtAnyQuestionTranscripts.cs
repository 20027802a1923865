using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>Facts typed while the bot asks something else are kept and said back, and a question about what the bot
/// holds is answered with it. The clock is pinned to Tuesday 10 March 2026.</summary>
public sealed class FactsAtAnyQuestionTranscripts
{
    [Fact]
    public void Proof_named_before_the_problem_is_known_is_ticked_once_it_is()
    {
        // Seed 000 lines 105-115: the unboxing video is the strongest proof; told early, it must not be lost.
        var chat = new Transcript().Play(
            "> yes it came",
            "< Hi, I'm DisputeBot.*",
            "< ? What's wrong with what you received?*",
            "> i filmed the unboxing",
            "< Noted: you have that proof.*",
            "< ? What's wrong with what you received?*",
            "> the box was empty",
            "< Got it: Empty package.*",
            "< *",
            "< Ticked: *unboxing video*",
            "< ? Open the order on AliExpress*");
        Assert.Contains("unboxing_video", chat.State!.EvidenceDone);
        Assert.Empty(chat.State.EvidenceNotes);
    }

    [Fact]
    public void Proof_named_at_the_timer_question_is_ticked_and_the_timer_still_asked()
    {
        var chat = new Transcript().Play(
            "> my earbuds came smashed", "< Hi, I'm DisputeBot.*", "< Got it: Arrived damaged.*", "< *", "< ? Open the order on AliExpress*",
            "> i filmed the unboxing", "< Ticked: *unboxing video*", "< ? Open the order on AliExpress*");
        Assert.Equal(["unboxing_video"], chat.State!.EvidenceDone);
        Assert.Null(chat.State.ProtectionEndsOn);
    }

    [Fact]
    public void A_question_about_the_timer_is_answered_with_what_the_bot_holds()
    {
        // Seed 004 line 21: the order's own countdown is the deadline; asked whether it was taken, the bot says it.
        var chat = new Transcript().Play(
            "> my lamp came broken", "< Hi, I'm DisputeBot.*", "< Got it: Arrived damaged.*", "< *", "< ? Open the order on AliExpress*",
            "> did you get the timer?", "< I don't have that yet.*", "< ? Open the order on AliExpress*",
            "> 12 days left", "< Noted: your protection ends on 22 March 2026, 12 days from today.", "< ? On which day did it arrive*",
            "> did u get the timer thing?", "< Noted: your protection ends on 22 March 2026, 12 days from today.", "< ? On which day did it arrive*");
        Assert.Equal(new DateOnly(2026, 3, 22), chat.State!.ProtectionEndsOn);
        Assert.Null(chat.State.Details is { } details && details.Contains("timer", StringComparison.Ordinal) ? details : null);
    }
}
