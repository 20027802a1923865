using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.BotFramework;

/// <summary>Translates an activity into what the dialog understands: typed text (without Teams @mentions of the
/// bot), a pressed choice, files, or nothing the bot needs to answer.</summary>
public static partial class ActivityInputReader
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private static readonly string[] IgnoredAttachmentPrefixes =
    [
        "text/html", // Teams repeats the message text as an HTML attachment
        "application/vnd.microsoft.card.",
        "application/vnd.microsoft.teams.card.",
    ];

    /// <summary>The input of a <c>message</c> activity, or null when it carries nothing to answer.</summary>
    public static TurnInput? ReadMessage(Activity activity)
    {
        if (ReadValue(activity.Value) is { } fromValue)
        {
            return fromValue;
        }

        var text = CleanText(activity);
        var files = ReadFiles(activity);
        if (files.Count > 0)
        {
            return new AttachmentInput(files, text.Length > 0 ? text : null);
        }

        return text.Length > 0 ? new TextInput(text) : null;
    }

    /// <summary>The input of an <c>event</c> activity: a contact centre's <c>handoff.status</c> saying the person
    /// completed the case or the handoff failed; null for any other event (an "accepted" status changes nothing).</summary>
    public static TurnInput? ReadEvent(Activity activity)
    {
        if (!string.Equals(activity.Name, HandoffProtocol.StatusEvent, StringComparison.Ordinal)
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || String(value, "state") is not { } state)
        {
            return null;
        }

        return state switch
        {
            HandoffProtocol.Completed => new HandoffEndedInput(),
            HandoffProtocol.Failed => new HandoffEndedInput(Failed: true),
            _ => null,
        };
    }

    /// <summary>The input of an <c>invoke</c> activity, or null when this bot does not handle that invoke.</summary>
    public static TurnInput? ReadInvoke(Activity activity)
    {
        if (string.Equals(activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            // Action.Execute: { "action": { "type": "Action.Execute", "verb": ..., "data": {...} } }
            if (activity.Value is { ValueKind: JsonValueKind.Object } value
                && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data))
            {
                return ReadValue(data);
            }

            return null;
        }

        return string.IsNullOrEmpty(activity.Name) ? ReadValue(activity.Value) : null;
    }

    /// <summary>The text with the bot's own @mentions removed and trimmed.</summary>
    public static string CleanText(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            var botId = activity.Recipient?.Id;
            foreach (var entity in activity.Entities ?? [])
            {
                if (entity.ValueKind == JsonValueKind.Object
                    && String(entity, "type") == "mention"
                    && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                    && String(mentioned, "id") is { } mentionedId && mentionedId == botId
                    && String(entity, "text") is { Length: > 0 } mentionText)
                {
                    text = text.Replace(mentionText, " ", StringComparison.Ordinal);
                }
            }

            // Without entities (or with a differently written name), an <at> tag naming the bot is still the bot.
            if (activity.Recipient?.Name is { Length: > 0 } botName)
            {
                text = AtTag().Replace(text, match => string.Equals(match.Groups[1].Value.Trim(), botName, StringComparison.OrdinalIgnoreCase) ? " " : match.Value);
            }
        }

        return WhiteSpaceRun().Replace(text, " ").Trim();
    }

    /// <summary>The activity's id; an activity without one is identified by a hash of its content, so a redelivery
    /// of the same body is still recognised.</summary>
    public static string UpdateId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Id))
        {
            return activity.Id;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJson.Context.Activity);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }

    /// <summary>The Microsoft Entra tenant (Teams), from the conversation or the channel data.</summary>
    public static string? TenantId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            ? String(tenant, "id")
            : null;
    }

    /// <summary>Button and card data: <c>{"choice": id, "prompt": n}</c> is a choice; a string or <c>{"text": ...}</c>
    /// is text.</summary>
    private static TurnInput? ReadValue(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.Object } data:
                if (String(data, "choice") is { } choice && ChoiceId.IsValid(choice))
                {
                    return new ChoiceInput(choice, Int(data, "prompt"));
                }

                return String(data, "text") is { } text && text.Trim().Length > 0 ? new TextInput(text.Trim()) : null;
            case { ValueKind: JsonValueKind.String } plain when plain.GetString()!.Trim().Length > 0:
                return new TextInput(plain.GetString()!.Trim());
            default:
                return null;
        }
    }

    private static List<EvidenceFile> ReadFiles(Activity activity)
    {
        var files = new List<EvidenceFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            var type = attachment?.ContentType ?? string.Empty;
            if (type.Length == 0 || IgnoredAttachmentPrefixes.Any(prefix => type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // Teams: a file the user uploaded, described by name; its real type is the file's extension.
            var teamsFile = type.Equals("application/vnd.microsoft.teams.file.download.info", StringComparison.OrdinalIgnoreCase);
            var mediaType = teamsFile ? null : type;
            files.Add(new EvidenceFile(Kind(mediaType, attachment!.Name), attachment.Name, mediaType, null));
        }

        return files;
    }

    private static EvidenceFileKind Kind(string? mediaType, string? fileName)
    {
        if (mediaType is not null)
        {
            if (mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            {
                return EvidenceFileKind.Photo;
            }

            if (mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase))
            {
                return EvidenceFileKind.Video;
            }
        }

        return Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" or ".png" or ".gif" or ".bmp" or ".webp" or ".heic" => EvidenceFileKind.Photo,
            ".mp4" or ".mov" or ".avi" or ".webm" or ".mkv" or ".3gp" => EvidenceFileKind.Video,
            _ => EvidenceFileKind.Document,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    private static int? Int(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var property))
        {
            return null;
        }

        return property.ValueKind switch
        {
            JsonValueKind.Number when property.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(property.GetString(), out var parsed) => parsed,
            _ => null,
        };
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex WhiteSpaceRun();
}
