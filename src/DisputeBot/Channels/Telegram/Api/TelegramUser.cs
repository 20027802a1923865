using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>A Telegram user or bot. Names are not read: only the id and the language tag are used.</summary>
public sealed record TelegramUser
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("is_bot")]
    public bool IsBot { get; init; }

    /// <summary>IETF language tag of the user's client, if Telegram reports it.</summary>
    [JsonPropertyName("language_code")]
    public string? LanguageCode { get; init; }
}
