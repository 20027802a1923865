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

        return text;
    }
}
