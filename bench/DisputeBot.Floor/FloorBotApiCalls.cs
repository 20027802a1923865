using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>The Bot API requests a Telegram turn cannot do without: the reply, and for a press the shrinking of the
/// pressed keyboard (the bot's product behaviour; the floor sends an empty keyboard).</summary>
public sealed record FloorSendMessage(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("text")] string Text);

public sealed record FloorEditReplyMarkup(
    [property: JsonPropertyName("chat_id")] long ChatId,
    [property: JsonPropertyName("message_id")] long MessageId,
    [property: JsonPropertyName("reply_markup")] FloorKeyboard ReplyMarkup);

public sealed record FloorKeyboard([property: JsonPropertyName("inline_keyboard")] IReadOnlyList<IReadOnlyList<string>> InlineKeyboard);

/// <summary>answerCallbackQuery carried in the webhook's answer, as the bot does.</summary>
public sealed record FloorAnswerCallback(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("callback_query_id")] string CallbackQueryId);
