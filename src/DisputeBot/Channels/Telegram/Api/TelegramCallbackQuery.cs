using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>A press on an inline keyboard button. <see cref="Message"/> is the message that carried the keyboard
/// (absent for very old messages and inline-mode messages).</summary>
public sealed record TelegramCallbackQuery
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("from")]
    public TelegramUser? From { get; init; }

    [JsonPropertyName("message")]
    public TelegramMessage? Message { get; init; }

    [JsonPropertyName("data")]
    public string? Data { get; init; }
}
