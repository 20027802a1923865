using System.Globalization;
using System.Text;

namespace DisputeBot.Dialog.Knowledge;

/// <summary>
/// Fills a category's description (categories.yaml). Placeholders: {details}, {ordered}, {received},
/// {shipped_on}, {delivered_on}. A part in [square brackets] is kept only when every placeholder inside it has a
/// value, so "[ I ordered {ordered} and only {received} arrived.]" disappears when the quantities are unknown.
/// </summary>
public static class DescriptionTemplate
{
    public static IReadOnlyList<string> Placeholders { get; } = ["details", "ordered", "received", "shipped_on", "delivered_on"];

    /// <summary>Longest buyer text put into a description; longer text is cut at a word.</summary>
    public const int MaxDetailsLength = 600;

    public static string Fill(string template, DescriptionValues values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var output = new StringBuilder(template.Length + 128);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '[')
            {
                var end = template.IndexOf(']', i + 1);
                if (end < 0)
                {
                    end = template.Length;
                }

                // An optional part is appended as it goes and taken back if one of its values is missing.
                var partStart = output.Length;
                if (!AppendFilled(template.AsSpan(i + 1, end - i - 1), values, output, optional: true))
                {
                    output.Length = partStart;
                }

                i = end + 1;
                continue;
            }

            var next = template.IndexOf('[', i);
            if (next < 0)
            {
                next = template.Length;
            }

            AppendFilled(template.AsSpan(i, next - i), values, output, optional: false);
            i = next;
        }

        return Tidy(output);
    }

    /// <summary>Appends <paramref name="text"/> with its placeholders filled; false if optional and one is empty.</summary>
    private static bool AppendFilled(ReadOnlySpan<char> text, DescriptionValues values, StringBuilder output, bool optional)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text[i..].IndexOf('{');
            if (open < 0)
            {
                output.Append(text[i..]);
                break;
            }

            output.Append(text.Slice(i, open));
            var start = i + open;
            var close = text[start..].IndexOf('}');
            if (close < 0)
            {
                output.Append(text[start..]);
                break;
            }

            var name = text.Slice(start + 1, close - 1);
            var value = ValueOf(name, values);
            if (string.IsNullOrWhiteSpace(value) && optional)
            {
                return false;
            }

            output.Append(value ?? string.Empty);
            i = start + close + 1;
        }

        return true;
    }

    private static string? ValueOf(ReadOnlySpan<char> name, DescriptionValues values) => name switch
    {
        "details" => Details(values.Details),
        "ordered" => values.Ordered?.ToString(CultureInfo.InvariantCulture),
        "received" => values.Received?.ToString(CultureInfo.InvariantCulture),
        "shipped_on" => values.ShippedOn?.Trim(),
        "delivered_on" => values.DeliveredOn?.Trim(),
        _ => null,
    };

    /// <summary>The buyer's words as a sentence: one line, capitalised, ending with a full stop.</summary>
    private static string? Details(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return null;
        }

        var text = string.Join(' ', details.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxDetailsLength)
        {
            var cut = text.LastIndexOf(' ', MaxDetailsLength);
            text = text[..(cut > MaxDetailsLength / 2 ? cut : MaxDetailsLength)].TrimEnd(',', ';', ':', '-') + "...";
        }

        if (char.IsLower(text[0]))
        {
            text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        }

        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    /// <summary>One space between words, none before punctuation, no space at the ends. Done in place: the tidy text
    /// is never longer than what has been read of it.</summary>
    private static string Tidy(StringBuilder text)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace && c is not ('.' or ',' or ';' or ':' or '!' or '?'))
            {
                text[length++] = ' ';
            }

            pendingSpace = false;
            text[length++] = c;
        }

        return text.ToString(0, length);
    }
}
