namespace DisputeBot.Dialog.Understanding;

/// <summary>A button's words, normalised like buyer text, and which of them a negation in the label reaches ("chegou"
/// in "Não, não chegou").</summary>
internal sealed class ChoiceLabel(string[] words, bool[] filler, bool[] negated)
{
    public string[] Words { get; } = words;

    public bool[] Filler { get; } = filler;

    public bool[] Negated { get; } = negated;

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

    /// <summary>Whether the label has <paramref name="typed"/> negated as the buyer wrote it: null when it lacks the
    /// word, false when it has it only the other way ("chegou" typed, "não chegou" in the label).</summary>
    public bool? Contains(ReadOnlySpan<char> typed, bool typedNegated)
    {
        bool? found = null;
        for (var w = 0; w < Words.Length; w++)
        {
            if (Same(typed, Words[w]))
            {
                if (Negated[w] == typedNegated)
                {
                    return true;
                }

                found = false;
            }
        }

        return found;
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
