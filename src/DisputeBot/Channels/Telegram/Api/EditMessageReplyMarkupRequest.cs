using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>editMessageReplyMarkup: replaces (or, with an empty keyboard, removes) a message's buttons.</summary>
public sealed record EditMessageReplyMarkupRequest(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("message_id")] long MessageId,
    [property: JsonPropertyName("reply_markup")] InlineKeyboardMarkup ReplyMarkup);
