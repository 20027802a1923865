namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), cut off early.</summary>
internal static class EditDistance
{
    /// <summary>Rows a caller provides (<c>stackalloc int[EditDistance.WorkspaceSize]</c>) so that many comparisons share them.</summary>
    public const int WorkspaceSize = 3 * Width;

    private const int Width = DateWords.MaxFuzzyLength + 1;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="limit"/> + 1 when
    /// it is larger than <paramref name="limit"/>. Both at most <see cref="DateWords.MaxFuzzyLength"/> characters long.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit, Span<int> workspace)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > DateWords.MaxFuzzyLength || b.Length > DateWords.MaxFuzzyLength)
        {
            return limit + 1;
        }

        var beforePrevious = workspace[..Width];
        var previous = workspace.Slice(Width, Width);
        var current = workspace.Slice(2 * Width, Width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
