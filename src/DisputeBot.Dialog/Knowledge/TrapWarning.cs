namespace DisputeBot.Dialog.Knowledge;

/// <summary>A classic trap (closing for a promised resend, a PayPal refund, confirming receipt early) and the warning.</summary>
/// <param name="Id">Stable id, [a-z0-9_].</param>
/// <param name="Cues">Phrases of a seller's offer or a user's question that trigger it.</param>
/// <param name="Text">The warning; may cite rules as {rule:id}.</param>
public sealed record TrapWarning(string Id, IReadOnlyList<string> Cues, string Text);
