using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>What a conversation reports for the support team's analytics: ids and milestones, each milestone once.</summary>
public sealed class DialogEventTranscripts
{
    [Fact]
    public void A_whole_dispute_reports_its_start_problem_evidence_and_summary_once_each()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("empty_package");
        chat.Say("[video unboxing.mp4]").Say("[done]").Say("/summary");

        var events = chat.Events;
        Assert.Equal(new DialogEvent(DialogEventKind.ConversationStarted, "en"), events[0]);
        Assert.Single(events, e => e.Kind == DialogEventKind.ConversationStarted);
        Assert.Equal(new DialogEvent(DialogEventKind.ProblemClassified, "empty_package"), Assert.Single(events, e => e.Kind == DialogEventKind.ProblemClassified));
        Assert.Single(events, e => e.Kind == DialogEventKind.QuestionsAnswered);
        Assert.Single(events, e => e.Kind == DialogEventKind.EvidenceTicked);
        Assert.Single(events, e => e.Kind == DialogEventKind.SummaryReached);
        Assert.Single(events, e => e.Kind == DialogEventKind.Deflected);
        Assert.DoesNotContain(events, e => e.Kind == DialogEventKind.NotUnderstood);
    }

    [Fact]
    public void A_question_answered_and_a_warning_shown_are_reported_by_their_ids()
    {
        var chat = new Transcript().Say("/start").Say("where do i find the timer?");
        Assert.Contains(new DialogEvent(DialogEventKind.FaqAnswered, "where_is_timer"), chat.Events);
        Assert.Contains(new DialogEvent(DialogEventKind.Deflected), chat.Events);

        chat.Say("the seller says close the dispute and they will resend a new one");
        Assert.Contains(new DialogEvent(DialogEventKind.WarningShown, "close_for_resend"), chat.Events);
    }

    [Fact]
    public void A_message_the_bot_cannot_place_is_reported_with_its_text()
    {
        var chat = new Transcript("2026-12-07").Say("my order is still in transit").Say("what should i do now?");
        Assert.Equal(new DialogEvent(DialogEventKind.NotUnderstood, "what should i do now?"), chat.Events[^1]);
        Assert.Equal(DialogStep.AskTimer, chat.State!.Step);
    }

    [Fact]
    public void Restarting_does_not_start_the_conversation_again_and_its_new_problem_is_a_change()
    {
        var chat = WholeDisputeTranscripts.AtEvidenceFor("damaged");
        chat.Say("/restart").Say("[no]").Say("[customs]");
        Assert.Single(chat.Events, e => e.Kind == DialogEventKind.ConversationStarted);
        Assert.Single(chat.Events, e => e.Kind == DialogEventKind.ProblemClassified);
        Assert.Equal(new DialogEvent(DialogEventKind.ProblemChanged, "customs"), Assert.Single(chat.Events, e => e.Kind == DialogEventKind.ProblemChanged));
    }
}
