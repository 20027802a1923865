using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>editMessageText; an empty <see cref="ReplyMarkup"/> removes the buttons at the same time.</summary>
public sealed record EditMessageTextRequest(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("message_id")] long MessageId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("parse_mode")] string? ParseMode,
    [property: JsonPropertyName("reply_markup")] InlineKeyboardMarkup? ReplyMarkup);
