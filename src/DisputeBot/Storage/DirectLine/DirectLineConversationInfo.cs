namespace DisputeBot.Storage.DirectLine;

/// <summary>What the store knows about an open Direct Line conversation besides its log.</summary>
/// <param name="UserId">The user the conversation's tokens name.</param>
/// <param name="Started">True once the conversation was started (and the bot greeted the user).</param>
public sealed record DirectLineConversationInfo(string UserId, bool Started);
