using System.Text.Json.Serialization;

namespace DisputeBot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until a time (Unix seconds).
/// <see cref="User"/> is named as Web Chat and directlinejs expect, so they take the user id from the token.
/// <see cref="Use"/> is null for Direct Line tokens and <c>resume</c> for the page's resume tokens, which only
/// <c>/api/webchat/token</c> takes.</summary>
internal sealed record DirectLineTokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("use")] string? Use = null)
{
    public const string Resume = "resume";
}
