using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>A button that sends <see cref="CallbackData"/> (1-64 bytes) back to the bot when pressed.</summary>
public sealed record InlineKeyboardButton(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("callback_data")] string? CallbackData);
