using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Makes typed text safe to read: no control characters, bounded length, trimmed.</summary>
internal static class TextCleaner
{
    // Made once: a char list written in a call (params char[]) is a new array on every call.
    private static readonly char[] GreetingEnd = ['!', '.', ' '];

    private static readonly string[] Greetings = ["hi", "hello", "hey", "hallo", "hola", "good morning", "good evening", "start"];

    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = text.Length > maxLength ? text[..maxLength] : text;
        StringBuilder? builder = null;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var category = char.GetUnicodeCategory(c);
            var drop = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                && c is not '\n' and not '\t';
            if (drop || (char.IsHighSurrogate(c) && (i + 1 >= source.Length || !char.IsLowSurrogate(source[i + 1]))))
            {
                builder ??= new StringBuilder(source, 0, i, source.Length);
                continue;
            }

            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(source[i - 1])))
            {
                builder ??= new StringBuilder(source, 0, i, source.Length);
                continue;
            }

            builder?.Append(c);
        }

        return (builder?.ToString() ?? source).Trim();
    }

    public static bool IsGreeting(string text)
    {
        // Compared in place: a lower-case copy of every message cost an allocation a turn.
        var trimmed = text.AsSpan().Trim().TrimEnd(GreetingEnd);
        foreach (var greeting in Greetings)
        {
            if (trimmed.Equals(greeting, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return trimmed.Length == 0;
    }
}
