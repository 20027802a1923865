namespace DisputeBot.Dialog.Knowledge;

/// <summary>A common question, answerable at any point of the dialog.</summary>
/// <param name="Id">Stable id, [a-z0-9_].</param>
/// <param name="Question">The question as a button or list shows it.</param>
/// <param name="Cues">Phrases that identify the question in free text.</param>
/// <param name="Answer">The answer; may cite rules as {rule:id} which the dialog replaces with the number of days.</param>
public sealed record FaqEntry(string Id, string Question, IReadOnlyList<string> Cues, string Answer);
