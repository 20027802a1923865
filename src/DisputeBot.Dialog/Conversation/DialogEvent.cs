namespace DisputeBot.Dialog.Conversation;

/// <summary>Something a turn did that a support team counts (analytics). No personal data, except the text of a
/// message not understood, which the host cleans before keeping it.</summary>
/// <param name="Key">What it was about: the language, problem category, FAQ entry, warning or evidence item id; the
/// message's text for <see cref="DialogEventKind.NotUnderstood"/>; null when the kind says it all.</param>
public sealed record DialogEvent(DialogEventKind Kind, string? Key = null);
