using System.Globalization;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Pieces said to be missing, in a clause with a word of missing: "2 pieces are missing", "one piece worth 8 dollars
/// missing" (a count), or "2 of 5 missing" (a count of the pieces ordered, so 3 of 5 came). Amounts with a currency and
/// spans of time ("missing for 2 weeks") are no counts.
/// </summary>
public sealed class MissingCountReader
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _missingWord;
    private readonly HashSet<string> _of;
    private readonly HashSet<string> _notCounted;
    private readonly HashSet<string> _filler;

    public MissingCountReader(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        for (var value = 0; value < vocabulary.Numbers.Count; value++)
        {
            foreach (var word in vocabulary.Numbers[value].Where(w => !w.Contains(' ', StringComparison.Ordinal)))
            {
                _numbers.TryAdd(DateFolding.Fold(word), value);
            }
        }

        _missing = new HashSet<string>(vocabulary.AmountMissing.Select(DateFolding.Fold), StringComparer.Ordinal);
        _missingWord = _missing.GetAlternateLookup<ReadOnlySpan<char>>();
        _of = new HashSet<string>(vocabulary.QuantityOf.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(DateFolding.Fold), StringComparer.Ordinal);
        _filler = new HashSet<string>(vocabulary.Filler.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(DateFolding.Fold), StringComparer.Ordinal);
        _notCounted = new HashSet<string>(
            vocabulary.Day.Concat(vocabulary.Week).Concat(vocabulary.Month).Concat(vocabulary.Hour).Concat(vocabulary.MoneyUnits)
                .Concat(vocabulary.MonthNames.SelectMany(m => m)).Concat(["usd", "eur", "gbp", "bucks", "buck", "quid"]).Select(DateFolding.Fold),
            StringComparer.Ordinal);
    }

    /// <summary>The count missing, and the count ordered when said with it ("2 of 5 missing"); null when none is said.</summary>
    public (int Missing, int? Ordered)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MaySayMissing(text))
        {
            return null;
        }

        var words = PlainWords.Of(text);
        for (var at = 0; at < words.Count; at++)
        {
            if (!_missing.Contains(words.Words[at]))
            {
                continue;
            }

            for (var i = 0; i < words.Count; i++)
            {
                if (!words.SameClause(at, i) || Count(words, i) is not { } missing)
                {
                    continue;
                }

                // "2 of 5", "2 of the 5", "2 out of 5"; a word for the pieces may come first ("2 sztuk z 10", "2 pièces sur 10").
                var k = i + 1;
                if (k + 1 < words.Count && words.SameClause(i, k + 1) && !_of.Contains(words.Words[k]) && _of.Contains(words.Words[k + 1])
                    && Count(words, k) is null && !_notCounted.Contains(words.Words[k]))
                {
                    k++;
                }

                var ofStart = k;
                // An article after "of" is skipped in every language: "2 of the 5", "faltan 2 de las 5 camisetas".
                while (k < words.Count && words.SameClause(i, k) && k <= ofStart + 2
                    && (_of.Contains(words.Words[k]) || words.Words[k] is "the" or "out" || (_filler.Contains(words.Words[k]) && Count(words, k) is null)))
                {
                    k++;
                }

                if (k > ofStart && k < words.Count && words.SameClause(i, k) && Count(words, k) is { } ordered && ordered > missing)
                {
                    return (missing, ordered);
                }

                return missing > 0 ? (missing, null) : null;
            }
        }

        return null;
    }

    /// <summary>A cheap test first, without cutting the text into words: most messages have no word of missing. Any
    /// run of letters is looked up, so every word <see cref="PlainWords"/> would cut is among them.</summary>
    private bool MaySayMissing(string text)
    {
        Span<char> folded = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\''))
            {
                i++;
            }

            if (i - start > folded.Length || _missingWord.Contains(folded[..DateFolding.Fold(text.AsSpan(start, i - start), folded)]))
            {
                return true;
            }
        }

        return false;
    }

    private int? Count(PlainWords words, int i)
    {
        var word = words.Words[i];
        int value;
        if (char.IsAsciiDigit(word[0]))
        {
            if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value > QuantityReader.MaxQuantity)
            {
                return null;
            }
        }
        else if (!_numbers.TryGetValue(word, out value))
        {
            return null;
        }

        // "missing for 2 weeks", "8 dollars", "$8": no count of pieces.
        var next = i + 1 < words.Count && words.SameClause(i, i + 1) ? words.Words[i + 1] : null;
        var before = i > 0 && words.SameClause(i, i - 1) ? words.Words[i - 1] : null;
        return (next is not null && _notCounted.Contains(next)) || (before is "usd" or "eur" or "gbp") ? null : value;
    }
}
