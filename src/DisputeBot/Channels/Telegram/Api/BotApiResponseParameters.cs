using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>Why a request failed and what to do about it.</summary>
public sealed record BotApiResponseParameters
{
    /// <summary>Seconds to wait before repeating a request that hit a flood limit (429).</summary>
    [JsonPropertyName("retry_after")]
    public int? RetryAfter { get; init; }

    [JsonPropertyName("migrate_to_chat_id")]
    public long? MigrateToChatId { get; init; }
}
