using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>sendChatAction ("typing"): shown for about 5 seconds or until the next message.</summary>
public sealed record SendChatActionRequest(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("action")] string Action);
