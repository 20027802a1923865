using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>answerCallbackQuery carried in the answer to a webhook call (the Bot API runs the method named in the
/// body): it stops the button's spinner without a call of our own. Its outcome is never known, which suits a call
/// whose failure would be ignored anyway.</summary>
public sealed record TelegramWebhookAnswer([property: JsonPropertyName("callback_query_id")] string CallbackQueryId)
{
    [JsonPropertyName("method")]
    public string Method => "answerCallbackQuery";
}
