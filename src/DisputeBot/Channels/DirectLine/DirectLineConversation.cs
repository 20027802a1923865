namespace DisputeBot.Channels.DirectLine;

/// <summary>An open Direct Line conversation: its id, the user its tokens name, and whether the bot greeted them.</summary>
internal sealed record DirectLineConversation(string Id, string UserId, bool Started);
