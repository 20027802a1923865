namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Short vocabulary phrases ("not yet", "some of it", "pay pal") matched as consecutive words, fillers included,
/// typos tolerated word by word. Used for answers, not for cues.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<int, int[][]> _byFirstWord;

    private PhraseSet(Dictionary<int, int[][]> byFirstWord) => _byFirstWord = byFirstWord;

    public static PhraseSet Build(Lexicon lexicon, IEnumerable<string> phrases)
    {
        var scratch = new TokenizedText();
        var grouped = new Dictionary<int, List<int[]>>();
        foreach (var phrase in phrases)
        {
            var ids = lexicon.Ids(phrase, scratch);
            if (ids.Count == 0 || ids.Contains(-1))
            {
                continue;
            }

            if (!grouped.TryGetValue(ids[0], out var list))
            {
                grouped[ids[0]] = list = [];
            }

            list.Add([.. ids]);
        }

        // Longest first, so a match reports the longest phrase at that place.
        return new PhraseSet(grouped.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderByDescending(ids => ids.Length).ToArray()));
    }

    /// <summary>The length of the longest phrase starting at token <paramref name="index"/>, else 0.</summary>
    public int MatchAt(TokenizedText text, int index)
    {
        if (!_byFirstWord.TryGetValue(text.Raw[index], out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (index + phrase.Length > text.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < phrase.Length && all; k++)
            {
                all = text.Raw[index + k] == phrase[k];
            }

            if (all)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a phrase that starts with a negation occurs with one word put in after it: "hasn't even
    /// shipped" for "hasn't shipped", "didn't really ship" for "didn't ship".</summary>
    public bool OccursWithOneWordIn(TokenizedText text)
    {
        for (var i = 0; i + 2 < text.Count; i++)
        {
            // "never came, shipped 3 weeks ago": the put-in word and the phrase stay in one clause.
            if (!text.Has(i, TokenFlags.Negator) || text.Has(i + 1, TokenFlags.ClauseStart) || text.Has(i + 2, TokenFlags.ClauseStart)
                || text.Has(i + 1, TokenFlags.Negator)
                || !_byFirstWord.TryGetValue(text.Raw[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.Length < 2 || i + 1 + phrase.Length > text.Count)
                {
                    continue;
                }

                var all = true;
                for (var k = 1; k < phrase.Length && all; k++)
                {
                    all = text.Raw[i + 1 + k] == phrase[k];
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether some occurrence is affirmed ("it arrived") and whether some is negated ("it never arrived").</summary>
    public bool Occurs(TokenizedText text, out bool affirmed, out bool negated)
    {
        affirmed = false;
        negated = false;
        for (var i = 0; i < text.Count; i++)
        {
            var length = MatchAt(text, i);
            if (length == 0)
            {
                continue;
            }

            if (IsNegated(text, i, length))
            {
                negated = true;
            }
            else
            {
                affirmed = true;
            }
        }

        return affirmed || negated;
    }

    /// <summary>The token count of the longest affirmed occurrence; 0 if none.</summary>
    public int Longest(TokenizedText text)
    {
        var best = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var length = MatchAt(text, i);
            if (length > best && !IsNegated(text, i, length))
            {
                best = length;
            }
        }

        return best;
    }

    /// <summary>
    /// An occurrence is negated when a negation outside it reaches its first meaningful word ("never came"), or, for
    /// a phrase of fillers only ("have it"), when a negation stands just before it ("don't have it"). A phrase
    /// that carries its own negation ("nothing came") is not negated by it.
    /// </summary>
    public static bool IsNegated(TokenizedText text, int at, int length)
    {
        for (var k = at; k < at + length; k++)
        {
            if (text.Has(k, TokenFlags.Negator))
            {
                return false;
            }

            if (!text.Has(k, TokenFlags.Filler))
            {
                return text.Has(k, TokenFlags.Negated);
            }
        }

        for (var k = at - 1; k >= Math.Max(0, at - 2); k--)
        {
            if (text.Has(k, TokenFlags.Negator))
            {
                return true;
            }

            if (text.Has(k + 1, TokenFlags.ClauseStart) || !text.Has(k, TokenFlags.Filler))
            {
                return false;
            }
        }

        return false;
    }
}
