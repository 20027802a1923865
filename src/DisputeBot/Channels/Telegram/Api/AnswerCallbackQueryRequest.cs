using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>answerCallbackQuery: stops the spinner on the pressed button.</summary>
public sealed record AnswerCallbackQueryRequest(
    [property: JsonPropertyName("callback_query_id")] string CallbackQueryId);
