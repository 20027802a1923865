using System.Text.Json.Serialization;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>The answer to <c>session/getsessionid</c> (used by Azure for sign-in cards; ours names no session).</summary>
internal sealed record SessionIdResponse([property: JsonPropertyName("sessionId")] string SessionId);
