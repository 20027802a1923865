namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>The buyer's own words around a message pasted in quotes: "Dear, your parcel arrived already, please
/// confirm" is the seller speaking, so its "already" tells nothing the buyer did.</summary>
internal static class QuotedText
{
    private static readonly (char Open, char Close)[] Pairs = [('"', '"'), ('\u201C', '\u201D'), ('\u201E', '\u201C'), ('\u00AB', '\u00BB')];

    /// <summary>The text with every closed quotation left out; an unclosed quote is kept (it may be an inch mark).</summary>
    public static string Outside(string text)
    {
        foreach (var (open, close) in Pairs)
        {
            var start = text.IndexOf(open, StringComparison.Ordinal);
            while (start >= 0)
            {
                var end = text.IndexOf(close, start + 1);
                if (end < 0)
                {
                    break;
                }

                text = string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end + 1));
                start = text.IndexOf(open, StringComparison.Ordinal);
            }
        }

        return WithoutSingleQuoted(text);
    }

    /// <summary>Fewest words a span in single quotes needs to count as a pasted message: "didn't 'confirm' it" is no
    /// quote, and an apostrophe ("don't") never opens one.</summary>
    private const int MinQuotedWords = 3;

    /// <summary>'Dear friend, please close dispute first': a single quote opens at the start, after a space or a colon,
    /// and closes before a space, a punctuation mark or the end.</summary>
    private static string WithoutSingleQuoted(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var start = text.IndexOf('\'', from);
            if (start < 0)
            {
                break;
            }

            if (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != ':')
            {
                from = start + 1;
                continue;
            }

            var end = start + 1;
            while ((end = text.IndexOf('\'', end)) >= 0 && end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1]) && !char.IsPunctuation(text[end + 1]))
            {
                end++;
            }

            if (end < 0)
            {
                break;
            }

            var inside = text.AsSpan(start + 1, end - start - 1);
            if (inside.Count(' ') + 1 < MinQuotedWords)
            {
                from = end + 1;
                continue;
            }

            text = string.Concat(text.AsSpan(0, start), " ", text.AsSpan(end + 1));
            from = start + 1;
        }

        return text;
    }
}
