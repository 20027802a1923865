namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// A few suffix rules, no word lists: plural -s/-es/-ies, -ed, -ing and a final -e, so "received", "receives" and
/// "receive" meet at "receiv". Cues and buyer text go through the same rules, so consistency matters, not grammar.
/// Rules only touch ASCII suffixes, so other scripts pass unchanged; Cyrillic words lose their case and verb endings
/// instead ("посылка", "посылку", "посылки" meet at "посылк"; "пришла", "пришел" at "приш").
/// </summary>
internal static class Stemmer
{
    // Russian endings, folded as the scanner folds (й → и, ё → е), longest first. Nouns, adjectives, past and present
    // verb forms; the rest of the word must keep three letters.
    private static readonly string[] RussianEndings =
    [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ешь", "ишь", "ила", "ела", "ала", "ило", "ели",
        "или", "али", "ать", "ять", "ить", "еть", "ыи", "ии", "ои", "еи", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю",
        "ых", "их", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ла", "ло", "ли", "ть", "ет", "ут", "ют",
        "ит", "ят", "ат", "ил", "ел", "ал", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь",
    ];

    /// <summary>Stems a lower-case word in place (it needs one spare character); returns its new length.</summary>
    public static int Stem(Span<char> word, int length)
    {
        if (length >= 4 && word[0] is >= '\u0430' and <= '\u044F')
        {
            return StemRussian(word, length);
        }

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

    private static int StemRussian(Span<char> word, int length)
    {
        var n = length;
        // Reflexive verbs: "сломался", "открылась".
        if (n >= 6 && (EndsWith(word, n, "ся") || EndsWith(word, n, "сь")))
        {
            n -= 2;
        }

        foreach (var ending in RussianEndings)
        {
            if (n - ending.Length >= 3 && EndsWith(word, n, ending))
            {
                n -= ending.Length;
                break;
            }
        }

        // "сломанный" and "сломан" meet.
        if (n >= 5 && word[n - 1] == 'н' && word[n - 2] == 'н')
        {
            n--;
        }

        return n;
    }

    private static bool EndsWith(Span<char> word, int length, string suffix) =>
        length >= suffix.Length && word[..length].EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' and not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');
}
