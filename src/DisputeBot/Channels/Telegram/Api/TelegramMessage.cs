using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>A message, as received or as returned by sendMessage. <see cref="Date"/> is Unix seconds (the test
/// emulator sends milliseconds), read as <c>long</c> and never interpreted.</summary>
public sealed record TelegramMessage
{
    [JsonPropertyName("message_id")]
    public long MessageId { get; init; }

    [JsonPropertyName("from")]
    public TelegramUser? From { get; init; }

    [JsonPropertyName("chat")]
    public TelegramChat? Chat { get; init; }

    [JsonPropertyName("date")]
    public long Date { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("caption")]
    public string? Caption { get; init; }

    [JsonPropertyName("photo")]
    public IReadOnlyList<TelegramPhotoSize>? Photo { get; init; }

    [JsonPropertyName("video")]
    public TelegramFile? Video { get; init; }

    [JsonPropertyName("document")]
    public TelegramFile? Document { get; init; }

    [JsonPropertyName("reply_markup")]
    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
