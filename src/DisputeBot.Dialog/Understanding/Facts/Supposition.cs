namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Cuts the supposed out of a message: a clause with a word of the vocabulary's <c>hypothetical</c> list ("what if the
/// seller doesn't answer?", "what happens if I confirm?", "if it never comes") supposes, it does not tell, so no fact of
/// the order is read from it. The rest ("my parcel never came, what if the seller doesn't answer?") is read as usual.
/// </summary>
internal sealed class Supposition
{
    private static readonly char[] ClauseEnds = [',', '.', ';', '!', '?', '\n', '\r'];

    private readonly string[][] _phrases;

    public Supposition(IEnumerable<string> hypothetical)
    {
        ArgumentNullException.ThrowIfNull(hypothetical);
        _phrases = hypothetical.Select(Words).Where(w => w.Length > 0).ToArray();
    }

    /// <summary>The text without its supposing clauses; the same instance when it has none.</summary>
    public string Stated(string text)
    {
        if (_phrases.Length == 0 || !MaySuppose(text))
        {
            return text;
        }

        var clauses = text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = clauses.Where(c => !Supposes(Words(c))).ToArray();
        return kept.Length == clauses.Length ? text : string.Join(", ", kept);
    }

    /// <summary>A cheap test first: most messages have none of the phrases. Every word of a phrase must be in the text,
    /// each as a whole word, as <see cref="Supposes"/> compares them: "in" of "in case" is not in "inside", and "y" of
    /// "y si" alone is no supposition.</summary>
    private bool MaySuppose(string text)
    {
        foreach (var phrase in _phrases)
        {
            if (HasWords(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWords(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (!HasWord(text, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A character <see cref="Words"/> keeps inside a word.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';

    private bool Supposes(string[] words)
    {
        foreach (var phrase in _phrases)
        {
            for (var i = 0; i + phrase.Length <= words.Length; i++)
            {
                var all = true;
                for (var k = 0; k < phrase.Length && all; k++)
                {
                    all = words[i + k] == phrase[k];
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return [.. words];
    }
}
