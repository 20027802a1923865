using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DisputeBot.Tests.Telegram;

/// <summary>A message the bot sent, as the emulator holds it (edits merged in); a document with its caption.</summary>
public sealed partial record TelegramEmulatedMessage(long MessageId, long ChatId, string Text, string? ParseMode, JsonObject? ReplyMarkup, string? Caption = null, JsonObject? Document = null)
{
    /// <summary>The buttons as (text, callback_data), flattened.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons =>
        ReplyMarkup?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))
            .ToList()
        ?? [];

    /// <summary>The choice ids of the buttons ("{promptId}:{choiceId}" → choiceId).</summary>
    public IReadOnlyList<string> ChoiceIds => [.. Buttons.Select(b => b.Data[(b.Data.IndexOf(':', StringComparison.Ordinal) + 1)..])];

    public string DataFor(string choiceId) => Buttons.Single(b => b.Data.EndsWith(":" + choiceId, StringComparison.Ordinal)).Data;

    public static TelegramEmulatedMessage From(JsonObject item)
    {
        var message = item["message"]!;
        return new TelegramEmulatedMessage(
            item["messageId"]!.GetValue<long>(),
            long.Parse(message["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture),
            message["text"]?.GetValue<string>() ?? "",
            message["parse_mode"]?.GetValue<string>(),
            message["reply_markup"]?.AsObject(),
            message["caption"]?.GetValue<string>(),
            message["document"]?.AsObject());
    }

    /// <summary>What the user sees of HTML text: tags dropped, entities decoded (what Telegram puts in message.text).</summary>
    public static string VisibleText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
