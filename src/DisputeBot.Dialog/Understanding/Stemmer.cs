namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// A few suffix rules, no word lists: plural -s/-es/-ies, -ed, -ing and a final -e, so "received", "receives" and
/// "receive" meet at "receiv". Cues and buyer text go through the same rules, so consistency matters, not grammar.
/// Rules only touch ASCII suffixes, so other scripts pass unchanged.
/// </summary>
internal static class Stemmer
{
    /// <summary>Stems a lower-case word in place (it needs one spare character); returns its new length.</summary>
    public static int Stem(Span<char> word, int length)
    {
        var n = length;
        if (n < 4)
        {
            return n;
        }

        // Plurals: "batteries" → "battery", "boxes" → "box", "brooches" → "brooch", "items" → "item".
        if (n > 4 && EndsWith(word, n, "ies"))
        {
            word[n - 3] = 'y';
            n -= 2;
        }
        else if (EndsWith(word, n, "sses") || EndsWith(word, n, "xes") || EndsWith(word, n, "ches") || EndsWith(word, n, "shes") || EndsWith(word, n, "zzes"))
        {
            n -= 2;
        }
        else if (word[n - 1] == 's' && word[n - 2] is not ('s' or 'u' or 'i'))
        {
            n -= 1;
        }

        // Past tense and -ing, keeping at least three letters.
        var stripped = false;
        if (n > 4 && EndsWith(word, n, "ied"))
        {
            word[n - 3] = 'y';
            n -= 2;
        }
        else if (n >= 5 && EndsWith(word, n, "ed"))
        {
            n -= 2;
            stripped = true;
        }
        else if (n >= 6 && EndsWith(word, n, "ing"))
        {
            n -= 3;
            stripped = true;
        }

        if (stripped)
        {
            if (n >= 3 && word[n - 1] == word[n - 2] && IsConsonant(word[n - 1]) && word[n - 1] is not ('l' or 's' or 'z'))
            {
                // "shipped" → "shipp" → "ship".
                n--;
            }
            else if (n == 3 && IsConsonant(word[0]) && !IsConsonant(word[1]) && IsConsonant(word[2]) && word[2] is not ('w' or 'x' or 'y')
                && n < word.Length)
            {
                // "faked" → "fak" → "fake", as "fake" stays.
                word[n++] = 'e';
                return n;
            }
        }

        // "receive" and "received" both end as "receiv"; short words ("here", "fake") keep their e.
        if (n >= 5 && word[n - 1] == 'e')
        {
            n--;
        }

        return n;
    }

    private static bool EndsWith(Span<char> word, int length, string suffix) =>
        length >= suffix.Length && word[..length].EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');
}
