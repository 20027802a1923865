namespace DisputeBot.Dialog.Understanding;

/// <summary>A button's words, normalised like buyer text.</summary>
internal sealed class ChoiceLabel(string[] words, bool[] filler)
{
    public string[] Words { get; } = words;

    public bool[] Filler { get; } = filler;

    public int ContentCount { get; } = filler.Count(f => !f);

    public static bool Same(ReadOnlySpan<char> typed, string word)
    {
        if (typed.SequenceEqual(word))
        {
            return true;
        }

        if (typed.Length < Lexicon.MinFuzzyLength || word.Length < Lexicon.MinFuzzyLength - 1 || typed[0] != word[0])
        {
            return false;
        }

        var max = typed.Length >= 9 ? 2 : 1;
        var distance = EditDistance.Bounded(typed, word, max);
        return distance <= max && (typed.Length >= 6 || typed.Length != word.Length || distance == 0 || IsSwap(typed, word));
    }

    public bool Contains(ReadOnlySpan<char> typed)
    {
        foreach (var word in Words)
        {
            if (Same(typed, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSwap(ReadOnlySpan<char> a, string b)
    {
        for (var i = 0; i < a.Length - 1; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] == b[i + 1] && a[i + 1] == b[i];
            }
        }

        return false;
    }
}
