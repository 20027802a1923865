using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>One incoming update. Only the kinds the bot handles are typed; any other kind lands in
/// <see cref="Other"/> so it can be named in a log line and ignored.</summary>
public sealed record TelegramUpdate
{
    [JsonPropertyName("update_id")]
    public long UpdateId { get; init; }

    [JsonPropertyName("message")]
    public TelegramMessage? Message { get; init; }

    [JsonPropertyName("callback_query")]
    public TelegramCallbackQuery? CallbackQuery { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }

    /// <summary>The update's kind as Telegram names it ("message", "edited_message", ...), for logs.</summary>
    [JsonIgnore]
    public string Kind => Message is not null ? "message"
        : CallbackQuery is not null ? "callback_query"
        : Other is { Count: > 0 } ? Other.Keys.First()
        : "empty";

    /// <summary>The chat the update belongs to, when it has one.</summary>
    [JsonIgnore]
    public long? ChatId => Message?.Chat?.Id ?? CallbackQuery?.Message?.Chat?.Id;
}
