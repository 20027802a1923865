using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>Buttons under a message, row by row. An empty keyboard removes the buttons when editing.</summary>
public sealed record InlineKeyboardMarkup
{
    public static InlineKeyboardMarkup Empty { get; } = new() { InlineKeyboard = [] };

    [JsonPropertyName("inline_keyboard")]
    public IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; } = [];
}
