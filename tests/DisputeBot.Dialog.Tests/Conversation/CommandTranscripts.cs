using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>The commands work at any step.</summary>
public sealed class CommandTranscripts
{
    [Fact]
    public void Restart_clears_the_case_and_asks_the_first_question_again()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play("> /restart", "< Starting a fresh case.", "< ? First: did your package arrive? [yes|no|partly]");
        Assert.Null(chat.State!.CategoryId);
        Assert.Null(chat.State.ProtectionEndsOn);
        Assert.Empty(chat.State.EvidenceDone);
    }

    [Fact]
    public void Forget_deletes_the_conversation()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play("> /forget", "< Done: I've deleted everything*");
        Assert.Null(chat.State);
    }

    [Fact]
    public void Deadlines_before_any_answer_says_what_is_needed_and_asks_on()
    {
        new Transcript().Play(
            "> /start", "< *", "< ? *",
            "> /deadlines",
            "< I'll work out your deadlines as soon as*",
            "< ? First: did your package arrive? [yes|no|partly]");
    }

    [Fact]
    public void Summary_before_the_problem_is_known_says_so_and_asks_on()
    {
        new Transcript().Play(
            "> /summary",
            "< Hi, I'm DisputeBot.*",
            "< # Your dispute summary",
            "< ? First: did your package arrive? [yes|no|partly]");
    }

    [Fact]
    public void Evidence_shows_the_checklist_with_progress_at_any_step()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play("> [done]", "< # Your dispute summary", "< ? What next?*");
        chat.Play("> /evidence", "< ☐ Evidence for: Arrived damaged (0 of *", "< ? What next?*");
    }

    [Theory]
    [InlineData("/start@DisputeBot")]
    [InlineData("/START")]
    [InlineData("start")]
    public void Commands_are_read_with_a_bot_name_in_any_case_or_without_the_slash(string command) =>
        new Transcript().Play("> " + command, "< Hi, I'm DisputeBot.*", "< ? First: did your package arrive?*");

    [Fact]
    public void Start_in_the_middle_of_a_case_greets_and_resumes_where_the_buyer_was()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Play("> /start", "< Hi, I'm DisputeBot.*", "< We were in the middle of your case*", "< ? Tick what you already have*");
    }

    [Fact]
    public void A_web_chat_opening_greets_before_the_user_says_anything()
    {
        var chat = new Transcript();
        var replies = chat.Send(new ConversationStartedInput());
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("Hi, I'm DisputeBot.", Assert.IsType<TextReply>(replies[0]).Text, StringComparison.Ordinal);
        Assert.Equal(["yes", "no", "partly"], Assert.IsType<ChoicesReply>(replies[1]).Choices.Select(c => c.Id));
    }
}
