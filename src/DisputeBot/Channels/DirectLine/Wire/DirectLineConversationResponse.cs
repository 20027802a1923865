using System.Text.Json.Serialization;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>The answer to starting or resuming a conversation, and to generating or refreshing a token; the page's
/// token endpoint adds a <c>resume</c> token (see <see cref="WebChatTokenEndpoint"/>).</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null,
    [property: JsonPropertyName("resume")] string? Resume = null);
