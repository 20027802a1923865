using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>The few fields of a Telegram update the Telegram floor reads: the chat, the text or the pressed button.</summary>
public sealed record FloorUpdate(
    [property: JsonPropertyName("update_id")] long UpdateId,
    [property: JsonPropertyName("message")] FloorMessage? Message,
    [property: JsonPropertyName("callback_query")] FloorCallbackQuery? CallbackQuery);

public sealed record FloorMessage(
    [property: JsonPropertyName("message_id")] long MessageId,
    [property: JsonPropertyName("chat")] FloorChat Chat,
    [property: JsonPropertyName("text")] string? Text);

public sealed record FloorChat([property: JsonPropertyName("id")] long Id);

public sealed record FloorCallbackQuery(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("message")] FloorMessage? Message,
    [property: JsonPropertyName("data")] string? Data);
