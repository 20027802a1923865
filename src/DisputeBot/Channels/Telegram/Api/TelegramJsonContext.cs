using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>Source-generated serialization of the Bot API types. Reading is lenient: unknown fields are ignored and
/// numbers sent as strings are accepted.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(TelegramUpdate))]
[JsonSerializable(typeof(IReadOnlyList<TelegramUpdate>))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageReplyMarkupRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(WebhookAnswerCallbackQuery))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
public sealed partial class TelegramJsonContext : JsonSerializerContext;
