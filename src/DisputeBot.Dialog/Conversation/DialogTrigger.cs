namespace DisputeBot.Dialog.Conversation;

/// <summary>What moves the dispute dialog from one step to the next.</summary>
public enum DialogTrigger
{
    /// <summary>The conversation begins (first message or /restart).</summary>
    Begin,

    /// <summary>The turn taught something (an answer, a correction, "I don't know", a date to confirm, a problem to
    /// pick): go to the first question whose answer is not known.</summary>
    Answered,

    /// <summary>Ask the current question again (after a hint, a side question or a warning).</summary>
    Reprompt,

    /// <summary>Evidence collected as far as the user wants: show the summary.</summary>
    Finish,

    /// <summary>Back from the summary to the evidence checklist.</summary>
    BackToEvidence,

    /// <summary>Compare a full refund with return against a partial refund.</summary>
    CompareRefunds,

    /// <summary>Back to where the user was before a side step (the refund comparison).</summary>
    Resume,

    /// <summary>The refund came (or the order was cancelled) while the checklist, the summary or the refund comparison
    /// was open: the case is settled.</summary>
    Settle,
}
