using System.Globalization;
using System.Text.RegularExpressions;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;
using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram;

/// <summary>
/// Telegram update → channel-neutral <see cref="Turn"/>. Text becomes <see cref="TextInput"/> (commands normalised:
/// "/Start@SomeBot payload" → "/start payload"), a button press <see cref="ChoiceInput"/>, photos, videos and
/// documents <see cref="AttachmentInput"/> with sizes and types exactly as Telegram reported them. Anything else
/// (stickers, edits, channel posts, membership changes) maps to nothing.
/// </summary>
public static partial class TelegramTurnMapper
{
    public static TelegramIncomingTurn? Map(Update update)
    {
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        if (update.CallbackQuery is { } query)
        {
            if (query.Message?.Chat is not { } chat || query.From is not { } presser
                || !TelegramCallbackData.TryParse(query.Data, out var choiceId, out var promptId))
            {
                return null;
            }

            return new TelegramIncomingTurn(chat.Id, new Turn(updateId, UserId(presser), presser.LanguageCode, new ChoiceInput(choiceId, promptId)));
        }

        if (update.Message is not { Chat: { } messageChat, From: { } sender } message || sender.IsBot)
        {
            return null;
        }

        var input = Input(message);
        return input is null ? null : new TelegramIncomingTurn(messageChat.Id, new Turn(updateId, UserId(sender), sender.LanguageCode, input));
    }

    /// <summary>"/Help@DisputeBot" → "/help"; "/start abc" keeps "abc"; other text is returned as is.</summary>
    public static string NormalizeCommand(string text)
    {
        if (!text.StartsWith('/'))
        {
            return text;
        }

        var match = Command().Match(text);
        return match.Success
            ? "/" + match.Groups["name"].Value.ToLowerInvariant() + text[match.Length..]
            : text;
    }

    private static TurnInput? Input(Message message)
    {
        if (message.Photo is null && message.Video is null && message.Document is null)
        {
            // Most messages are text: no list for files that are not there.
            return string.IsNullOrWhiteSpace(message.Text) ? null : new TextInput(NormalizeCommand(message.Text.Trim()));
        }

        var files = new List<EvidenceFile>(1);
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram sends one picture in several sizes; the largest is what the user would upload.
            var largest = sizes.MaxBy(s => (s.FileSize ?? 0, (long)s.Width * s.Height))!;
            files.Add(new EvidenceFile(EvidenceFileKind.Photo, null, "image/jpeg", largest.FileSize));
        }

        if (message.Video is { } video)
        {
            files.Add(new EvidenceFile(EvidenceFileKind.Video, video.FileName, video.MimeType, video.FileSize));
        }

        if (message.Document is { } document)
        {
            files.Add(new EvidenceFile(DocumentKind(document.MimeType), document.FileName, document.MimeType, document.FileSize));
        }

        if (files.Count > 0)
        {
            return new AttachmentInput(files, string.IsNullOrWhiteSpace(message.Caption) ? null : message.Caption);
        }

        return string.IsNullOrWhiteSpace(message.Text) ? null : new TextInput(NormalizeCommand(message.Text.Trim()));
    }

    /// <summary>A picture or video sent "as a file" (uncompressed) is still a photo or a video as evidence.</summary>
    private static EvidenceFileKind DocumentKind(string? mimeType) =>
        mimeType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true ? EvidenceFileKind.Photo
        : mimeType?.StartsWith("video/", StringComparison.OrdinalIgnoreCase) == true ? EvidenceFileKind.Video
        : EvidenceFileKind.Document;

    private static string UserId(User user) => user.Id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(@[A-Za-z0-9_]{1,64})?(?=\s|$)")]
    private static partial Regex Command();
}
