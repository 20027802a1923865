namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), cut off early at a bound and allocation-free.
/// Callers that compare one word against many can pass their own rows (<see cref="WorkspaceSize"/>) so the comparisons
/// share them instead of each setting up its own.
/// </summary>
internal static class EditDistance
{
    /// <summary>Longest word compared; a longer one is never within the bound.</summary>
    public const int MaxLength = 40;

    /// <summary>Rows a caller provides (<c>stackalloc int[EditDistance.WorkspaceSize]</c>) to share between comparisons.</summary>
    public const int WorkspaceSize = 3 * Width;

    private const int Width = MaxLength + 1;

    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger (or a word is longer than
    /// <see cref="MaxLength"/>).</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        // Decide the cheap cases before setting up rows on the stack.
        if (IsOutOfReach(a, b, max))
        {
            return max + 1;
        }

        Span<int> workspace = stackalloc int[WorkspaceSize];
        return Compute(a, b, max, workspace);
    }

    /// <summary>As <see cref="Bounded(ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/>, in rows the caller provides
    /// (at least <see cref="WorkspaceSize"/> long; their contents on entry do not matter).</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, Span<int> workspace)
    {
        if (workspace.Length < WorkspaceSize)
        {
            throw new ArgumentException($"The workspace needs {WorkspaceSize} integers, got {workspace.Length}.", nameof(workspace));
        }

        return IsOutOfReach(a, b, max) ? max + 1 : Compute(a, b, max, workspace);
    }

    private static bool IsOutOfReach(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max) =>
        Math.Abs(a.Length - b.Length) > max || a.Length > MaxLength || b.Length > MaxLength;

    private static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max, Span<int> workspace)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
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

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
