using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>A chat. Ids exceed 32 bits (supergroups are -100…), so they are <c>long</c>. Only the id is read (every
/// field read costs each update an allocation).</summary>
public sealed record TelegramChat
{
    [JsonPropertyName("id")]
    public long Id { get; init; }
}
