namespace DisputeBot.Handoff;

/// <summary>
/// What a person posts to <see cref="HandoffReplyEndpoint"/> to answer a buyer whose case they took: the conversation
/// as the webhook named it (<paramref name="Channel"/>, <paramref name="ConversationId"/>), an id of their own for this
/// message (a repeat with the same id is delivered once), and either the <paramref name="Text"/> for the buyer or
/// <paramref name="Close"/> to give the buyer back to the bot.
/// </summary>
public sealed record AgentReply(string? Channel, string? ConversationId, string? Id, string? Text, bool Close = false);
