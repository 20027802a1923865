namespace DisputeBot.Dialog.Conversation;

/// <summary>Milestones a conversation has reported (<see cref="DialogEventKind"/>), so each is reported once.</summary>
[Flags]
public enum Milestones
{
    None = 0,
    QuestionsAnswered = 1,
    SummaryReached = 2,

    /// <summary>An answer or a summary was given.</summary>
    Helped = 4,
    HandoffAsked = 8,
    ProblemClassified = 16,
}
