namespace DisputeBot.Dialog.Conversation;

/// <summary>What the person taking over needs so the buyer does not repeat themselves.</summary>
/// <param name="Language">The conversation's language.</param>
/// <param name="Summary">The case as the bot knows it, plain text lines.</param>
/// <param name="Recent">The latest messages, oldest first (empty when none were kept).</param>
public sealed record HandoffRequest(HandoffReason Reason, string Language, string Summary, IReadOnlyList<TranscriptLine> Recent);
