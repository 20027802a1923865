using System.Text;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Fills a dispute-description template: {name} holes take values; a [part in brackets] is kept (without its
/// brackets) only when every hole inside it has a value; a hole outside brackets with no value gets its blank.
/// </summary>
internal static class DescriptionTemplate
{
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> blanks)
    {
        var output = new StringBuilder(template.Length + 64);
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('[', index);
            var close = open < 0 ? -1 : template.IndexOf(']', open);
            if (open < 0 || close < 0)
            {
                output.Append(Holes(template[index..], values, blanks, out _));
                break;
            }

            output.Append(Holes(template[index..open], values, blanks, out _));
            var part = Holes(template[(open + 1)..close], values, null, out var complete);
            if (complete)
            {
                output.Append(part);
            }

            index = close + 1;
        }

        return output.ToString();
    }

    /// <param name="blanks">Blanks for missing values; null marks the text incomplete instead.</param>
    private static string Holes(string text, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string>? blanks, out bool complete)
    {
        complete = true;
        var output = new StringBuilder(text.Length + 32);
        var index = 0;
        while (index < text.Length)
        {
            var open = text.IndexOf('{', index);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                output.Append(text, index, text.Length - index);
                break;
            }

            output.Append(text, index, open - index);
            var name = text[(open + 1)..close];
            if (values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value))
            {
                output.Append(value);
            }
            else if (blanks is not null && blanks.TryGetValue(name, out var blank))
            {
                output.Append(blank);
            }
            else
            {
                complete = false;
            }

            index = close + 1;
        }

        return output.ToString();
    }
}
