using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>A reason from the dispute form, with the words that point to it and the evidence that wins it.</summary>
/// <param name="Id">Stable id, [a-z0-9_], ≤ 32 characters (it travels in button data).</param>
/// <param name="Group">Whether the reason belongs to "not received" or "received" in the form.</param>
/// <param name="Label">Short button text.</param>
/// <param name="FormReason">The reason's name as the dispute form shows it.</param>
/// <param name="Cues">Phrases in users' words that point to this category (matched tolerant of case and typos).</param>
/// <param name="Checklist">Evidence to collect, in order of importance.</param>
/// <param name="Description">Template of the ready-to-paste dispute text; placeholders in {braces}.</param>
/// <param name="Advice">Category-specific coaching shown once the category is chosen.</param>
public sealed record ProblemCategory(
    string Id,
    ArrivalGroup Group,
    string Label,
    string FormReason,
    IReadOnlyList<string> Cues,
    IReadOnlyList<EvidenceItem> Checklist,
    string Description,
    string Advice);

public enum ArrivalGroup
{
    NotReceived,
    Received,
}

/// <summary>One piece of evidence. <see cref="FileKinds"/> says which files sent in chat tick it off.</summary>
public sealed record EvidenceItem(string Id, string Text, IReadOnlyList<EvidenceFileKind> FileKinds)
{
    /// <summary>How buyers name this evidence ("the unboxing video"), besides the words of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary><see cref="Text"/> cut to fit a button, made once: every turn at the checklist offers the item.</summary>
    public string ButtonLabel { get; } = Conversation.DisputeConversation.ButtonLabel(Text);
}
