namespace DisputeBot.Dialog.Conversation;

/// <summary>What a <see cref="DialogEvent"/> reports. Milestones (marked "once") are reported once per conversation,
/// so counting them counts conversations.</summary>
public enum DialogEventKind
{
    /// <summary>The first turn of a conversation (once). Key: the language.</summary>
    ConversationStarted,

    /// <summary>The problem became known (once). Key: the category id.</summary>
    ProblemClassified,

    /// <summary>The problem changed after it was known (a correction, or a new case after /restart). Key: the new
    /// category id.</summary>
    ProblemChanged,

    /// <summary>A help topic was answered. Key: the FAQ entry id.</summary>
    FaqAnswered,

    /// <summary>A trap warning was shown. Key: the warning id.</summary>
    WarningShown,

    /// <summary>An evidence item was ticked. Key: the item id.</summary>
    EvidenceTicked,

    /// <summary>Every deadline question was answered or skipped: the checklist was reached (once).</summary>
    QuestionsAnswered,

    /// <summary>The summary card was shown (once).</summary>
    SummaryReached,

    /// <summary>The buyer got an answer or a summary without having asked for a person (once).</summary>
    Deflected,

    /// <summary>A conversation counted as <see cref="Deflected"/> asked for a person afterwards (once).</summary>
    DeflectionWithdrawn,

    /// <summary>A reminder was set.</summary>
    ReminderSet,

    /// <summary>The buyer asked for a person, or was offered one after failed attempts (once).</summary>
    HandoffAsked,

    /// <summary>A message the bot could not place. Key: its text.</summary>
    NotUnderstood,
}
