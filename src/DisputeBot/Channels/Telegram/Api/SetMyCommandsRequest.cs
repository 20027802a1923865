using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>setMyCommands: the command menu the Telegram client shows.</summary>
public sealed record SetMyCommandsRequest(
    [property: JsonPropertyName("commands")] IReadOnlyList<BotCommand> Commands,
    [property: JsonPropertyName("language_code")] string? LanguageCode);
