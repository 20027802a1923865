using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>sendMessage. <see cref="ParseMode"/> "HTML" (every content string escaped) or null for plain text.</summary>
public sealed record SendMessageRequest(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("parse_mode")] string? ParseMode,
    [property: JsonPropertyName("reply_markup")] InlineKeyboardMarkup? ReplyMarkup);
