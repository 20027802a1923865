namespace DisputeBot.Dialog.Knowledge.Content;

/// <summary>Reads {language}/messages.yaml: a flat map of message key → text.</summary>
internal static class MessagesReader
{
    public const string FileName = "messages.yaml";

    public static Messages Read(ContentFile file, RuleBook rules)
    {
        if (file.Root is not ContentMap root)
        {
            throw file.Error($"expected one 'key: text' line per message, found {file.Root.Kind}", file.Root);
        }

        var texts = new Dictionary<string, string>(root.Entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in root.Entries)
        {
            var entry = $"message '{key.Value}'";
            if (!IsKey(key.Value))
            {
                throw file.Error(entry, "a message key is 1 to 64 characters of a-z, 0-9, _, . and -", key);
            }

            if (value is not ContentText text || text.IsNull || string.IsNullOrWhiteSpace(text.Value))
            {
                throw file.Error(entry, $"must be a non-empty text, found {value.Kind}", value);
            }

            var message = text.Value.Trim();
            ContentChecks.CheckPlaceholders(message, rules, allowed: null, problem => file.Error(entry, problem, value));
            var markup = ContentChecks.MarkupIn(message);
            if (markup is not null)
            {
                throw file.Error(entry, $"contains {markup}; texts are plain (no Markdown, no HTML)", value);
            }

            if (key.Value == FileNameKey && !IsSafeFileName(message))
            {
                // Some mail and chat clients mangle a file name with other characters, or drop its extension.
                throw file.Error(entry, "a file name is a-z, 0-9 and - only, ending .ics", value);
            }

            texts.Add(key.Value, message);
        }

        foreach (var key in MessageKeys.All)
        {
            if (!texts.ContainsKey(key))
            {
                throw file.Error($"message '{key}'", "is missing (the dialog uses it)", root);
            }
        }

        return new Messages(texts);
    }

    private const string FileNameKey = "calendar.file_name";

    private static bool IsSafeFileName(string name) =>
        name.Length is > 4 and <= 64 && name.EndsWith(".ics", StringComparison.Ordinal)
        && name[..^4].All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static bool IsKey(string key) =>
        key.Length is > 0 and <= 64 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.' or '-');
}
