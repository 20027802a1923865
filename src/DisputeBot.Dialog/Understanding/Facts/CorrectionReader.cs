using System.Globalization;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Finds how a buyer corrects themselves: a correction word ("i meant", "actually", "точнее", "quise decir") and a
/// value taken back after a negation ("49.99 not 59.99", "not 20 but 24", "the 3rd, not the 5th", "paypal not card",
/// "а не 59,99"). Which fact the value belongs to is for the dialog to judge against what it holds. Pure, thread-safe.
/// </summary>
internal sealed class CorrectionReader
{
    /// <summary>Most words a value taken back spans ("the 5th of december", "59.99 us dollars").</summary>
    private const int MaxTakenBackWords = 5;

    private readonly string[][] _cues;
    private readonly HashSet<string> _negation;
    private readonly HashSet<string> _contrast;
    private readonly HashSet<string> _months;
    private readonly HashSet<string> _paymentWords;
    private readonly HashSet<string> _joiners;
    private readonly HashSet<string> _moneyUnits;
    private readonly HashSet<string> _timeUnits;
    private readonly HashSet<string> _days;
    private readonly HashSet<string> _percent;
    private readonly Dictionary<string, int> _numberWords;

    public CorrectionReader(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _cues = [.. vocabulary.Correction.Select(c => Words(c).ToArray()).Where(c => c.Length > 0)];
        _negation = Folded(vocabulary.Negation.Concat(vocabulary.No));
        _contrast = Folded(vocabulary.Contrast);
        _months = Folded(vocabulary.MonthNames.SelectMany(m => m));
        _paymentWords = Folded(vocabulary.PayPal.Concat(vocabulary.Card).Concat(vocabulary.OtherPayment).SelectMany(Words));
        // Small words inside a value taken back: "not the 5th of december", "not my card".
        _joiners = Folded(vocabulary.Filler.Concat(vocabulary.QuantityOf).Concat(vocabulary.Ordinals.SelectMany(o => o)));
        _moneyUnits = Folded(vocabulary.MoneyUnits.Concat(vocabulary.CentUnits).Concat(vocabulary.Currencies.SelectMany(c => c)));
        _timeUnits = Folded(vocabulary.Day.Concat(vocabulary.Week).Concat(vocabulary.Month).Concat(vocabulary.Hour)
            .Concat(vocabulary.Left).Concat(vocabulary.Ago).Concat(vocabulary.Fortnight));
        _percent = Folded(vocabulary.PercentUnits.SelectMany(Words));
        _days = Folded(vocabulary.Day);
        _numberWords = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var value = 2; value < vocabulary.Numbers.Count; value++)
        {
            foreach (var word in vocabulary.Numbers[value].Where(w => !w.Contains(' ', StringComparison.Ordinal)))
            {
                _numberWords.TryAdd(DateFolding.Fold(word), value);
            }
        }
    }

    /// <summary>The correction in <paramref name="text"/>, or null when it corrects nothing.</summary>
    public CorrectionText? Read(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Tokenize(text);
        var cued = false;
        for (var i = 0; i < words.Count && !cued; i++)
        {
            cued = _cues.Any(cue => PhraseAt(words, i, cue));
        }

        (int From, int To)? takenBack = null;
        for (var i = 0; i < words.Count - 1 && takenBack is null; i++)
        {
            if (!_negation.Contains(words[i].Word))
            {
                continue;
            }

            var start = i + 1;
            while (start < words.Count && start - i <= 2 && _joiners.Contains(words[start].Word) && words[start].Clause == words[i].Clause)
            {
                start++;
            }

            if (start >= words.Count || words[start].Clause != words[i].Clause || !IsValue(words[start].Word))
            {
                continue;
            }

            var end = start + 1;
            while (end < words.Count && end - start < MaxTakenBackWords && words[end].Clause == words[start].Clause
                && !_contrast.Contains(words[end].Word)
                && (IsValue(words[end].Word) || _joiners.Contains(words[end].Word) || _moneyUnits.Contains(words[end].Word) || _timeUnits.Contains(words[end].Word)))
            {
                end++;
            }

            takenBack = (i, end);
        }

        if (!cued && takenBack is null)
        {
            return null;
        }

        var x = takenBack is { } back ? text[words[back.From + 1].Start..words[back.To - 1].End] : null;
        var rest = takenBack is { } cut ? (text[..words[cut.From].Start] + " " + text[words[cut.To - 1].End..]).Trim() : text;
        var (number, money, days) = NewNumber(words, takenBack, culture);
        return new CorrectionText(cued, x, rest, number, money, days) { NewPercent = NewPercent(words, takenBack, culture) };
    }

    /// <summary>The first plain number outside the value taken back: not a day ("nov 18", "5th"), a count of days
    /// ("4 days left") or a share ("10%").</summary>
    private (decimal? Number, bool Money, bool Days) NewNumber(List<PlainWord> words, (int From, int To)? takenBack, CultureInfo culture)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (takenBack is { } back && i >= back.From && i < back.To)
            {
                continue;
            }

            var word = words[i].Word;
            var next = i + 1 < words.Count && words[i + 1].Clause == words[i].Clause ? words[i + 1].Word : null;
            var before = i > 0 && words[i - 1].Clause == words[i].Clause ? words[i - 1].Word : null;
            if (next is not null && _days.Contains(next) && takenBack is not null && IsPlainNumber(word))
            {
                // "sorry 12 days not 10": the countdown's days, when a number is taken back beside them.
                return (decimal.Parse(word, CultureInfo.InvariantCulture), false, true);
            }

            if (next is not null && (_timeUnits.Contains(next) || _months.Contains(next) || _percent.Contains(next)))
            {
                continue;
            }

            if (before is not null && _months.Contains(before))
            {
                continue;
            }

            if (_numberWords.TryGetValue(word, out var spelled))
            {
                return (spelled, next is not null && _moneyUnits.Contains(next), false);
            }

            var signed = word.Length > 0 && IsSign(word[0]) || word.Length > 0 && IsSign(word[^1]);
            var digits = word.Trim(Signs);
            if (digits.Length == 0 || !char.IsAsciiDigit(digits[0]) || word.EndsWith('%'))
            {
                continue;
            }

            var end = 0;
            while (end < digits.Length && (char.IsAsciiDigit(digits[end]) || digits[end] is '.' or ','))
            {
                end++;
            }

            var unit = digits[end..];
            if (unit.Length > 0 && !_moneyUnits.Contains(unit))
            {
                continue; // "5th", "3rd", "20го": a day
            }

            if (AmountReader.Read(digits[..end], culture) is not [var amount])
            {
                continue;
            }

            var money = signed || unit.Length > 0 || decimal.Truncate(amount) != amount || (next is not null && _moneyUnits.Contains(next));
            return (amount, money, false);
        }

        return (null, false, false);
    }

    /// <summary>The first share outside the value taken back ("sorry 30% not 20%", "30 percent").</summary>
    private decimal? NewPercent(List<PlainWord> words, (int From, int To)? takenBack, CultureInfo culture)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (takenBack is { } back && i >= back.From && i < back.To)
            {
                continue;
            }

            var word = words[i].Word;
            var share = word.EndsWith('%') || (i + 1 < words.Count && _percent.Contains(words[i + 1].Word));
            if (share && word.TrimEnd('%') is { Length: > 0 } digits && char.IsAsciiDigit(digits[0])
                && AmountReader.Read(digits, culture) is [var percent and > 0 and <= 100])
            {
                return percent;
            }
        }

        return null;
    }

    private static bool IsPlainNumber(string word) => word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit);

    private bool IsValue(string word) =>
        word.Length > 0 && (char.IsAsciiDigit(word[0]) || (word.Length > 1 && IsSign(word[0]) && char.IsAsciiDigit(word[1]))
            || _months.Contains(word) || _paymentWords.Contains(word) || _numberWords.ContainsKey(word));

    private static readonly char[] Signs = ['$', '€', '£', '₽'];

    private static bool IsSign(char c) => Array.IndexOf(Signs, c) >= 0;

    private static bool PhraseAt(List<PlainWord> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k].Word, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folded words with where they stand and their clause (a comma, a full stop… ends one); a sign, a
    /// decimal mark between digits and an apostrophe stay in the word ("$18", "49.99", "it's").</summary>
    private static List<PlainWord> Tokenize(string text)
    {
        var words = new List<PlainWord>();
        var clause = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || IsSign(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsSign(text[i]) || text[i] is '\'' or '%'
                    || (text[i] is '.' or ',' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                words.Add(new PlainWord(DateFolding.Fold(text[start..i]), start, i, clause));
                continue;
            }

            if (c is ',' or '.' or ';' or '!' or '?' or ':' or '\n' or '(' or ')')
            {
                clause++;
            }

            i++;
        }

        return words;
    }

    private static IEnumerable<string> Words(string phrase) =>
        DateFolding.Fold(phrase).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Folded(IEnumerable<string> words) => new(words.Select(DateFolding.Fold), StringComparer.Ordinal);

    private readonly record struct PlainWord(string Word, int Start, int End, int Clause);
}

/// <summary>What <see cref="CorrectionReader"/> found: the correction word, the value taken back as typed, the
/// message without it, and the new number.</summary>
internal sealed record CorrectionText(bool Cued, string? TakenBack, string Rest, decimal? NewNumber, bool NewIsMoney, bool NewIsDays)
{
    /// <summary>A share of the price given as the new value ("30%").</summary>
    public decimal? NewPercent { get; init; }
}
