using System.Globalization;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Reads the refund's money from a message: "paid 20 dollars" (paid), "the missing one cost 7" (what is missing is
/// worth), "they offered 4 usd" (the seller's offer). An amount belongs to the nearest naming word before it; a number
/// followed by a word that is no money unit ("bought 5 pieces", "paid 20 november", "3 days") is no amount, unless it
/// is a connector ("paid 20 for 5") or a price word before a count ("zapłaciłem 40 za 10 sztuk"). Words are compared
/// folded, so a buyer
/// may type accents or leave them out ("payé", "paye").
/// </summary>
public sealed class RefundAmountReader
{
    /// <summary>How many words back from an amount its naming word may stand ("they offered me only 4").</summary>
    private const int Reach = 4;

    // A comma stays on its word ("missing,"): it ends a sentence part, which an amount's naming word does not cross.
    private static readonly char[] Separators = [' ', ';', ':', '\t', '\n', '\r', '!', '?', '(', ')'];

    private static readonly char[] Stops = ['.', ','];

    // Made once, as Separators: a char list written in a call (params char[]) is a new array on every call.
    private static readonly char[] Currencies = ['$', '€', '£'];
    private static readonly char[] Quotes = ['.', ',', '\'', '"'];

    /// <summary>Words that may follow a bare amount without making it a count ("paid 20 for 5 of them").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "for", "and", "but", "so", "in", "total", "only", "each" };

    private readonly HashSet<string> _paid;
    private readonly HashSet<string> _offer;
    private readonly HashSet<string> _missing;
    private readonly HashSet<string> _units;

    /// <summary>Month names and the words before a day ("on"): a number after one is a date ("paid on october 20").</summary>
    private readonly HashSet<string> _dateWords;

    public RefundAmountReader(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _paid = Folded(vocabulary.AmountPrice);
        _offer = Folded(vocabulary.AmountOffer);
        _missing = Folded(vocabulary.AmountMissing);
        _dateWords = Folded(vocabulary.MonthNames.SelectMany(m => m).Append("on").Append("the"));
        _units = Folded(vocabulary.MoneyUnits.Where(u => u is not ("percent" or "cent" or "cents")));
    }

    public RefundAmounts Read(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return new RefundAmounts(null, null, null); // every amount starts with a digit
        }

        var words = DateFolding.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        decimal? paid = null, missing = null, offer = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd(Stops);
            var symbol = word.Length > 1 && (IsSymbol(word[0]) || IsSymbol(word[^1]));
            var number = word.Trim(Currencies);
            var glued = TrailingUnit(number);
            if (glued.Length > 0)
            {
                number = number[..^glued.Length];
            }

            if (number.Length == 0 || !char.IsAsciiDigit(number[0]) || AmountReader.Read(number, culture) is not [var amount] || !number.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
            {
                continue;
            }

            var next = i + 1 < words.Length ? words[i + 1].Trim(Quotes) : null;
            var money = symbol || glued.Length > 0 || (next is not null && _units.Contains(next));
            if (!money && i > 0 && _dateWords.Contains(words[i - 1].Trim(Quotes)))
            {
                continue; // "paid on october 20", "paid on 20.11": a day, not an amount
            }
            // "zapłaciłem 40 za 10 sztuk", "payé 40 pour 10 pièces": a price word between the amount and a count joins them.
            var joins = next is not null && _paid.Contains(next) && i + 2 < words.Length && char.IsAsciiDigit(words[i + 2][0]);
            if (!money && next is not null && next.Any(char.IsLetter) && !Connectors.Contains(next) && !joins)
            {
                continue; // "bought 5 pieces", "paid 20 november", "3 days left"
            }

            switch (Naming(words, i))
            {
                case Name.Offer:
                    offer ??= amount;
                    break;
                case Name.Missing:
                    missing ??= amount;
                    break;
                case Name.Paid:
                    paid ??= amount;
                    break;
            }
        }

        return new RefundAmounts(paid, missing, offer);
    }

    /// <summary>The nearest naming word before the amount at <paramref name="at"/>; a price word with "missing" before it
    /// names what is missing.</summary>
    private Name Naming(string[] words, int at)
    {
        for (var back = at - 1; back >= 0 && back >= at - Reach; back--)
        {
            var word = words[back].Trim(Quotes);
            if (_offer.Contains(word))
            {
                return Name.Offer;
            }

            if (_paid.Contains(word))
            {
                // "the charger is missing, paid 30 dollars": a missing word in the sentence part before is not this price's.
                for (var before = back - 1; before >= 0 && before >= back - Reach && !words[before].EndsWith(',') && !words[before].EndsWith('.'); before--)
                {
                    if (_missing.Contains(words[before].Trim(Quotes)))
                    {
                        return Name.Missing;
                    }
                }

                // "one piece worth 8 dollars missing": the missing word may come after the amount too.
                return MissingAfter(words, at) ? Name.Missing : Name.Paid;
            }
        }

        // "350 usd total": a price word just after the amount (and its unit).
        for (var ahead = at + 1; ahead < words.Length && ahead <= at + 2; ahead++)
        {
            if (_paid.Contains(words[ahead].Trim(Quotes)))
            {
                return MissingAfter(words, at) ? Name.Missing : Name.Paid;
            }
        }

        return Name.None;
    }

    private bool MissingAfter(string[] words, int at)
    {
        for (var ahead = at + 1; ahead < words.Length && ahead <= at + Reach; ahead++)
        {
            if (_missing.Contains(words[ahead].Trim(Quotes)))
            {
                return true;
            }

            if (words[ahead].EndsWith('.') || words[ahead].EndsWith(','))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A money unit typed onto the number ("20usd", "20eur").</summary>
    private string TrailingUnit(string word)
    {
        foreach (var unit in _units)
        {
            if (word.Length > unit.Length && word.EndsWith(unit, StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(word[^(unit.Length + 1)]))
            {
                return word[^unit.Length..];
            }
        }

        return string.Empty;
    }

    private static HashSet<string> Folded(IEnumerable<string> words) =>
        new(words.Select(DateFolding.Fold), StringComparer.OrdinalIgnoreCase);

    private static bool IsSymbol(char c) => c is '$' or '€' or '£';

    private enum Name
    {
        None,
        Paid,
        Missing,
        Offer,
    }
}
