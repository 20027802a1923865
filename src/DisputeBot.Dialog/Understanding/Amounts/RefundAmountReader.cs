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
    private static readonly char[] Currencies = ['$', '€', '£', '₽'];
    private static readonly char[] Quotes = ['.', ',', '\'', '"'];

    /// <summary>Words that may follow a bare amount without making it a count ("paid 20 for 5 of them").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "for", "and", "but", "so", "in", "total", "only", "each" };

    /// <summary>Words that may follow an amount in words after a price word ("paid forty five on nov 18", "by visa").</summary>
    private static readonly HashSet<string> AfterPrice = new(StringComparer.OrdinalIgnoreCase) { "on", "by", "with", "via", "using", "w", "and", "total", "usd" };

    /// <summary>"a hundred and five", "cento e cinco": the joining word inside a number in words.</summary>
    private static readonly HashSet<string> NumberJoins = new(StringComparer.OrdinalIgnoreCase) { "and", "e", "y" };

    /// <summary>The currency a sign stands for.</summary>
    private static readonly Dictionary<char, string> SignCodes = new() { ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['₽'] = "RUB" };

    private readonly HashSet<string> _paid;
    private readonly HashSet<string> _offer;
    private readonly HashSet<string> _missing;
    private readonly HashSet<string> _units;

    /// <summary>"not", "no": "paid 39.99 not 99" names 39.99; the amount after the negation is the one taken back.</summary>
    private readonly HashSet<string> _negation;

    /// <summary>The hundredth of a currency ("cents", "groszy"), folded: "105 dollars 99 cents" is 105.99.</summary>
    private readonly HashSet<string> _cents;

    /// <summary>Money units and hundredths' words as typed and folded, at least three letters ("usd", "dollars"): a
    /// message without a digit is read for an amount in words only when one of them stands in it.</summary>
    private readonly string[] _unitNeedles;

    /// <summary>The words that name an amount (<see cref="Naming"/>: price, offer, "refund" after it), folded: a message
    /// without one of them names no amount, so it is not cut into words ("12 days left", "arrived 3 days ago").</summary>
    private readonly string[] _namingNeedles;

    /// <summary>Currency words, folded, to their code ("bucks" → "USD").</summary>
    private readonly Dictionary<string, string> _currency;

    /// <summary>Hundreds in words, folded, by their first word, longest first ("one hundred" → 100, "двести" → 200).</summary>
    private readonly Dictionary<string, (string[] Words, int Value)[]> _hundreds;

    /// <summary>Words of a share of the price ("percent", "por ciento"), folded, as word sequences; "%" is one too.</summary>
    private readonly string[][] _percent;

    /// <summary>Number words ("forty five", "a couple"), folded, by their first word, longest first: "paid fourty five"
    /// is an amount too. One look-up per word, as every message is read for amounts.</summary>
    private readonly Dictionary<string, (string[] Words, int Value)[]> _numberWords;

    /// <summary>Price and offer words that are no count words ("paid", "offered"; not "bought", "ordered").</summary>
    private readonly HashSet<string> _priceOrOffer;

    /// <summary>Return postage words ("shipping", "postage"): "shipping costs 5" names no price.</summary>
    private readonly HashSet<string> _postage;

    /// <summary>Words after an amount that make it the offer ("4 usd refund", "5 dollars back").</summary>
    private readonly HashSet<string> _offerAfter;

    /// <summary>Coupon and voucher words, folded, as word sequences: an amount beside one is no money back.</summary>
    private readonly string[][] _coupon;

    /// <summary>Month names and the words before a day ("on"): a number after one is a date ("paid on october 20").</summary>
    private readonly HashSet<string> _dateWords;

    public RefundAmountReader(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _paid = Folded(vocabulary.AmountPrice);
        _offer = Folded(vocabulary.AmountOffer);
        _missing = Folded(vocabulary.AmountMissing);
        _dateWords = Folded(vocabulary.MonthNames.SelectMany(m => m).Append("on").Append("the"));
        _percent = [.. vocabulary.PercentUnits.Select(p => DateFolding.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Append(["%"])];
        var percentWords = _percent.Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _cents = Folded(vocabulary.CentUnits);
        _negation = Folded(vocabulary.Negation);
        _units = Folded(vocabulary.MoneyUnits.Where(u => !_cents.Contains(DateFolding.Fold(u)) && !percentWords.Contains(DateFolding.Fold(u))));
        _unitNeedles = [.. vocabulary.MoneyUnits.Concat(vocabulary.CentUnits).SelectMany(u => new[] { u, DateFolding.Fold(u) })
            .Where(u => u.Length >= 3 && !percentWords.Contains(DateFolding.Fold(u))).Distinct(StringComparer.OrdinalIgnoreCase)];
        _currency = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var currency in vocabulary.Currencies)
        {
            foreach (var word in currency)
            {
                _currency.TryAdd(DateFolding.Fold(word), currency[0].ToUpperInvariant());
            }
        }

        _hundreds = vocabulary.Hundreds
            .SelectMany((words, index) => words.Select(w => (Words: DateFolding.Fold(w).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), Value: (index + 1) * 100)))
            .Where(n => n.Words.Length > 0)
            .GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _numberWords = vocabulary.Numbers
            .SelectMany((words, value) => words.Select(w => (Words: DateFolding.Fold(w).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), Value: value)))
            .Where(n => n.Words.Length > 0)
            .GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _postage = Folded(vocabulary.AmountPostage);
        _offerAfter = Folded(vocabulary.AmountOfferAfter);
        _namingNeedles = [.. _paid.Concat(_offer).Concat(_offerAfter).Distinct(StringComparer.OrdinalIgnoreCase)];
        _coupon = [.. vocabulary.CouponWords.Select(c => DateFolding.Fold(c).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 0)];
        _priceOrOffer = Folded(vocabulary.AmountPrice.Concat(vocabulary.AmountOffer).Except(vocabulary.QuantityOrdered, StringComparer.OrdinalIgnoreCase));
    }

    public RefundAmounts Read(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.AsSpan().ContainsAnyInRange('0', '9');
        if (!digits && !NamesMoneyUnit(text))
        {
            // No digit and no money word: no amount. Without a digit, an amount in words is read only before its unit
            // ("thirty nine ninety nine dollars"), so most messages are not cut into words at all.
            return new RefundAmounts(null, null, null);
        }

        var folded = DateFolding.Fold(text);
        if (!ContainsAnyWord(folded, _namingNeedles))
        {
            return new RefundAmounts(null, null, null);
        }

        var typed = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var words = SpellNumbers(typed);
        if (!digits && ReferenceEquals(words, typed))
        {
            return new RefundAmounts(null, null, null);
        }

        decimal? paid = null, missing = null, offer = null, percent = null;
        string? paidCurrency = null, anyCurrency = null;
        var paidMarked = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd(Stops);
            if (word.Length > 2 && word.StartsWith("r$", StringComparison.Ordinal))
            {
                word = word[1..]; // "R$45": Brazilian reais
            }

            var symbol = word.Length > 1 && (IsSymbol(word[0]) || IsSymbol(word[^1]));
            var share = word.Length > 1 && word[^1] == '%';
            var number = word.Trim(Currencies).TrimEnd('%');
            var glued = TrailingUnit(number);
            if (glued.Length > 0)
            {
                number = number[..^glued.Length];
            }

            if (number.Length == 0 || !char.IsAsciiDigit(number[0]) || !AmountReader.TryReadOne(number, culture, out var amount) || !number.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
            {
                continue;
            }

            // "a tablet that cost 90, should i accept": the next sentence part says nothing of this amount.
            var next = i + 1 < words.Length && !EndsPart(words[i]) ? words[i + 1].Trim(Quotes) : null;
            if (share || PercentAt(words, i + 1))
            {
                // "30% refund", "refund 20 percent": a share of the price is the seller's offer when an offer word
                // names it; "100% original", "theyre 100% fake" or "bought at 50% off" offer nothing.
                if (amount is > 0 and <= 100 && !words[i].EndsWith('.') && (Naming(words, i) is Name.Offer || RefundWordBefore(words, i)))
                {
                    percent ??= amount;
                }

                continue;
            }

            // "$ 65": a sign typed apart from its number.
            var signBefore = i > 0 && words[i - 1].Length == 1 && IsSymbol(words[i - 1][0]);
            var money = symbol || signBefore || glued.Length > 0 || (next is not null && _units.Contains(next));
            var code = symbol ? SignCodes[IsSymbol(word[0]) ? word[0] : word[^1]]
                : words[i].StartsWith("r$", StringComparison.Ordinal) ? "BRL"
                : signBefore ? SignCodes[words[i - 1][0]]
                : glued.Length > 0 ? _currency.GetValueOrDefault(glued)
                : next is not null ? _currency.GetValueOrDefault(next) : null;
            var centsEnd = i;
            if (money && CentsAfter(words, next is not null && _units.Contains(next) ? i + 2 : i + 1) is { } cents)
            {
                amount += cents.Value; // "105 dollars 99 cents"
                centsEnd = cents.End;
            }
            else if (money && next is not null && _units.Contains(next) && !EndsPart(words[i + 1]) && BareCentsAt(words, i + 2))
            {
                amount += int.Parse(words[i + 2].TrimEnd(Stops), CultureInfo.InvariantCulture) / 100m; // "24 dollars 50", as said aloud
                centsEnd = i + 2;
            }

            if (!money && next is not null && _paid.Contains(next) && Connectors.Contains(next) && i + 2 < words.Length
                && (Marked(words[i + 2]) || (char.IsAsciiDigit(words[i + 2][0]) && i + 3 < words.Length && UnitAt(words[i + 3].Trim(Quotes).TrimEnd(Stops)))))
            {
                continue; // "airpods pro 2 for $65", "pack of 3 for 10€": the number before a priced "for" is no price
            }

            if (i > 0 && _negation.Contains(words[i - 1].Trim(Quotes)))
            {
                continue; // "i paid 39.99 not 99": the amount taken back
            }

            if (!money && i > 0 && _dateWords.Contains(words[i - 1].Trim(Quotes)))
            {
                continue; // "paid on october 20", "paid on 20.11": a day, not an amount
            }
            // "zapłaciłem 40 za 10 sztuk", "payé 40 pour 10 pièces": a price word between the amount and a count joins them.
            var joins = next is not null && !EndsPart(words[i]) && _paid.Contains(next) && i + 2 < words.Length && char.IsAsciiDigit(words[i + 2][0]);
            if (!money && next is not null && next.Any(char.IsLetter) && !Connectors.Contains(next) && !joins && !_negation.Contains(next))
            {
                continue; // "bought 5 pieces", "paid 20 november", "3 days left"
            }

            if (CouponNear(words, i))
            {
                // "we give you a 5$ coupon": a coupon or voucher is no money back, so neither the offer nor a price.
                anyCurrency ??= code;
                i = centsEnd;
                continue;
            }

            switch (Naming(words, i))
            {
                case Name.Offer:
                    offer ??= amount;
                    break;
                case Name.Missing:
                    missing ??= amount;
                    break;
                case Name.Paid when paid is null || (money && !paidMarked):
                    // An amount with its currency beats a bare number read as a price before it.
                    paid = amount;
                    paidMarked = money;
                    paidCurrency = code;
                    break;
            }

            anyCurrency ??= code;
            i = centsEnd;
        }

        return new RefundAmounts(paid, missing, offer) { OfferPercent = percent, Currency = paidCurrency ?? anyCurrency };
    }

    /// <summary>A money unit or a hundredth's word starts a word somewhere in the text ("dollars", "euro", "cents"), as
    /// typed; inside a word it is none ("eur" in "vendeur", "cent" in "recently").</summary>
    private bool NamesMoneyUnit(string text)
    {
        foreach (var unit in _unitNeedles)
        {
            for (var at = text.IndexOf(unit, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(unit, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One of <paramref name="words"/> stands in <paramref name="text"/> as a word of its own.</summary>
    private static bool ContainsAnyWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many words either side of an amount a coupon word may stand ("a 5 usd store coupon").</summary>
    private const int CouponReach = 3;

    /// <summary>A coupon or voucher word stands near the amount at <paramref name="at"/>, in its sentence part.</summary>
    private bool CouponNear(string[] words, int at)
    {
        if (_coupon.Length == 0)
        {
            return false;
        }

        var from = at;
        while (from > 0 && at - from < CouponReach && !EndsPart(words[from - 1]))
        {
            from--;
        }

        var to = at;
        while (to + 1 < words.Length && to - at < CouponReach && !EndsPart(words[to]))
        {
            to++;
        }

        for (var i = from; i <= to; i++)
        {
            foreach (var phrase in _coupon)
            {
                var all = i + phrase.Length <= words.Length;
                for (var k = 0; k < phrase.Length && all; k++)
                {
                    all = words[i + k].TrimEnd(Stops).Trim(Quotes) == phrase[k];
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The message names a seller's offer ("offered", "compensation"), with or without an amount.</summary>
    public bool NamesOffer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in DateFolding.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (_offer.Contains(word.TrimEnd(Stops).Trim(Quotes)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A postage word stands before the price word at <paramref name="at"/>, in its sentence part.</summary>
    private bool PostageBefore(string[] words, int at)
    {
        for (var back = at - 1; back >= 0 && back >= at - Reach && !EndsPart(words[back]); back--)
        {
            var word = words[back].Trim(Quotes);
            if (_postage.Contains(word))
            {
                return true;
            }

            if (_paid.Contains(word) || _offer.Contains(word) || char.IsAsciiDigit(word.FirstOrDefault()))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"refund 20 percent": a refund word just before the share names it the offer.</summary>
    private bool RefundWordBefore(string[] words, int at)
    {
        for (var j = Math.Max(0, at - 2); j < at; j++)
        {
            if (_offerAfter.Contains(words[j].Trim(Quotes)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A share word starts at <paramref name="at"/> ("percent", "por ciento", "%").</summary>
    private bool PercentAt(string[] words, int at)
    {
        foreach (var unit in _percent)
        {
            if (at + unit.Length <= words.Length && WordsAt(words, at, unit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordsAt(string[] words, int at, string[] unit)
    {
        for (var k = 0; k < unit.Length; k++)
        {
            if (!words[at + k].AsSpan().TrimEnd(Stops).Trim(Quotes).Equals(unit[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Number words as digits where they are money: right before a money unit ("five dollars", "ninety nine
    /// cents"), or right after a price or offer word at the end of a sentence part ("i paid fourty five"). "forty" and
    /// "five" make 45 (a typo of a listed compound or not); "one hundred five" 105; a whole and then two-digit cents with
    /// no unit between make a price as it is said aloud ("thirty nine ninety nine" 39.99, "twenty two fifty euro"
    /// 22.50). Counts stay words ("the missing one cost 7", "bought two, paid 20").</summary>
    private string[] SpellNumbers(string[] words)
    {
        List<string>? spelled = null;
        for (var i = 0; i < words.Length;)
        {
            if ((i > 0 && PercentAt(words, i - 1)) || PercentAt(words, i) || WordsAmount(words, i) is not { } found)
            {
                spelled?.Add(words[i]);
                i++;
                continue;
            }

            var (value, length) = found;
            var last = words[i + length - 1];
            var next = i + length < words.Length ? words[i + length].Trim(Quotes) : null;
            var before = i > 0 ? words[i - 1].Trim(Quotes) : null;
            var money = UnitAt(next) || (next is not null && _cents.Contains(next.TrimEnd(Stops)))
                || (before is not null && _priceOrOffer.Contains(before) && !Connectors.Contains(before)
                    && (next is null || EndsPart(last) || AfterPrice.Contains(next.TrimEnd(Stops))));
            if (!money || value < 1 || (value == 1 && !UnitAt(next)))
            {
                spelled?.AddRange(words[i..(i + length)]);
                i += length;
                continue;
            }

            spelled ??= [.. words[..i]];
            if (UnitAt(next) && !EndsPart(words[i + length]) && SpokenCents(words, i + length + 1) is { } spoken)
            {
                // "twenty four dollars fifty": the hundredths said after the unit, as a price is said aloud.
                var tail = words[i + length + spoken.Length];
                spelled.Add((value + (spoken.Value / 100m)).ToString(CultureInfo.InvariantCulture));
                spelled.Add(words[i + length].TrimEnd(Stops) + (EndsPart(tail) ? tail[^1..] : string.Empty));
                i += length + 1 + spoken.Length;
                continue;
            }

            spelled.Add(value.ToString(CultureInfo.InvariantCulture) + (EndsPart(last) ? last[^1..] : string.Empty));
            i += length;
        }

        return spelled is null ? words : [.. spelled];
    }

    /// <summary>Hundredths in words after a unit ("… dollars fifty"), 10 to 99, ending the sentence part or followed by
    /// how or when it was paid; null otherwise ("five dollars two pieces" says no cents).</summary>
    private (int Value, int Length)? SpokenCents(string[] words, int at)
    {
        if (at >= words.Length || TensAt(words, at) is not { Value: >= 10 and <= 99 } cents)
        {
            return null;
        }

        var end = at + cents.Length;
        return end == words.Length || EndsPart(words[end - 1]) || AfterPrice.Contains(words[end].Trim(Quotes).TrimEnd(Stops)) ? cents : null;
    }

    /// <summary>An amount in words at <paramref name="at"/>: a whole number, and two-digit cents said after it.</summary>
    private (decimal Value, int Length)? WordsAmount(string[] words, int at)
    {
        if (WholeAt(words, at) is not { } whole)
        {
            return null;
        }

        var (value, length) = whole;
        if (!EndsPart(words[at + length - 1]) && WholeAt(words, at + length) is { Value: >= 10 and <= 99 } cents
            && !_hundreds.ContainsKey(words[at + length].TrimEnd(Stops)))
        {
            return (value + (cents.Value / 100m), length + cents.Length);
        }

        return (value, length);
    }

    /// <summary>A whole number in words up to 999 at <paramref name="at"/> ("a hundred and five", "twenty two").</summary>
    private (int Value, int Length)? WholeAt(string[] words, int at)
    {
        if (HundredsAt(words, at) is not { } hundreds)
        {
            return TensAt(words, at);
        }

        var end = at + hundreds.Length;
        if (EndsPart(words[end - 1]))
        {
            return hundreds;
        }

        var rest = end < words.Length && NumberJoins.Contains(words[end]) ? end + 1 : end;
        return TensAt(words, rest) is { Value: >= 1 and <= 99 } tens
            ? (hundreds.Value + tens.Value, rest - at + tens.Length)
            : hundreds;
    }

    /// <summary>A number in words below 100 ("forty five", or "forty" and "five" apart).</summary>
    private (int Value, int Length)? TensAt(string[] words, int at)
    {
        if (NumberAt(words, at) is not { } found)
        {
            return null;
        }

        var (value, length) = found;
        if (value is >= 20 and < 100 && value % 10 == 0 && !EndsPart(words[at + length - 1])
            && NumberAt(words, at + length) is { Value: >= 1 and <= 9 } unit)
        {
            value += unit.Value;
            length += unit.Length;
        }

        return (value, length);
    }

    private (int Value, int Length)? HundredsAt(string[] words, int at)
    {
        if (at >= words.Length || !_hundreds.TryGetValue(words[at].TrimEnd(Stops), out var candidates))
        {
            return null;
        }

        foreach (var (number, value) in candidates)
        {
            if (at + number.Length <= words.Length && SameWords(words, at, number))
            {
                return (value, number.Length);
            }
        }

        return null;
    }

    /// <summary>The words at <paramref name="at"/> are <paramref name="number"/>'s; only the last may end its sentence
    /// part. A loop, not a lambda: a lambda capturing the words is allocated on every call, and every word is tried.</summary>
    private static bool SameWords(string[] words, int at, string[] number)
    {
        for (var k = 0; k < number.Length; k++)
        {
            var word = k == number.Length - 1 ? words[at + k].AsSpan().TrimEnd(Stops) : words[at + k];
            if (!word.Equals(number[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"99 cents" (or "and 99 cents") at <paramref name="at"/>: the hundredths, and the last word they take.</summary>
    private (decimal Value, int End)? CentsAfter(string[] words, int at)
    {
        if (at < words.Length && NumberJoins.Contains(words[at]))
        {
            at++;
        }

        return at + 1 < words.Length && words[at].Length <= 2 && words[at].All(char.IsAsciiDigit)
            && _cents.Contains(words[at + 1].Trim(Quotes).TrimEnd(Stops)) && int.Parse(words[at], CultureInfo.InvariantCulture) is var n and > 0
            ? (n / 100m, at + 1)
            : null;
    }

    /// <summary>Two-digit hundredths after the unit, as a price is said aloud ("24 dollars 50"), ending the sentence part
    /// or followed by how or when it was paid: "24 dollars 50 pieces" is no price of 24.50.</summary>
    private static bool BareCentsAt(string[] words, int at)
    {
        if (at >= words.Length)
        {
            return false;
        }

        var cents = words[at].TrimEnd(Stops);
        return cents.Length == 2 && cents.All(char.IsAsciiDigit) && cents[0] != '0'
            && (at + 1 == words.Length || EndsPart(words[at]) || AfterPrice.Contains(words[at + 1].Trim(Quotes).TrimEnd(Stops)));
    }

    /// <summary>A word that is an amount with its currency ("$65", "10€", "20usd").</summary>
    private bool Marked(string word)
    {
        var w = word.TrimEnd(Stops);
        return w.Length > 1 && char.IsAsciiDigit(w.Trim(Currencies).FirstOrDefault()) && (IsSymbol(w[0]) || IsSymbol(w[^1]) || TrailingUnit(w).Length > 0);
    }

    private bool UnitAt(string? word) => word is not null && (_units.Contains(word) || (word.Length == 1 && IsSymbol(word[0])));

    private static bool EndsPart(string word) => word.EndsWith(',') || word.EndsWith('.');

    private (int Value, int Length)? NumberAt(string[] words, int at)
    {
        if (at >= words.Length)
        {
            return null;
        }

        var first = words[at].TrimEnd(Stops);
        if (!_numberWords.TryGetValue(first, out var candidates))
        {
            // "paid fourty five": a typo of a number word, tried only right after a price or offer word (few words).
            if (at == 0 || !_priceOrOffer.Contains(words[at - 1].Trim(Quotes)) || first.Length < 5
                || NearNumber(first) is not { Length: > 0 } near)
            {
                return null;
            }

            candidates = near;
            words = [.. words];
            words[at] = candidates[0].Words[0] + words[at][first.Length..];
        }

        foreach (var (number, value) in candidates)
        {
            if (at + number.Length > words.Length)
            {
                continue;
            }

            var same = true;
            for (var k = 0; k < number.Length && same; k++)
            {
                // Only the last word may end its sentence part ("paid forty five, and").
                var word = k == number.Length - 1 ? words[at + k].TrimEnd(Stops) : words[at + k];
                same = string.Equals(word, number[k], StringComparison.OrdinalIgnoreCase);
            }

            if (same)
            {
                return (value, number.Length);
            }
        }

        return null;
    }

    /// <summary>The number words one typo away from <paramref name="word"/> ("fourty"), or null.</summary>
    private (string[] Words, int Value)[]? NearNumber(string word)
    {
        foreach (var (first, numbers) in _numberWords)
        {
            if (first.Length >= 5 && EditDistance.Bounded(word, first, 1) <= 1)
            {
                return numbers;
            }
        }

        return null;
    }

    /// <summary>The nearest naming word before the amount at <paramref name="at"/>; a price word with "missing" before it
    /// names what is missing.</summary>
    private Name Naming(string[] words, int at)
    {
        // "paid for 8 brushes, got 5": a naming word does not reach across the end of its sentence part.
        for (var back = at - 1; back >= 0 && back >= at - Reach && !EndsPart(words[back]); back--)
        {
            var word = words[back].Trim(Quotes);
            if (_offer.Contains(word))
            {
                return Name.Offer;
            }

            if (_paid.Contains(word) && PostageBefore(words, back))
            {
                return Name.None; // "return shipping costs 5", "shipping back to china costs 30": postage, no price
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

        // "350 usd total", "4 usd refund": a price or offer word just after the amount (and its unit), in its sentence part.
        for (var ahead = at + 1; ahead < words.Length && ahead <= at + 2 && !EndsPart(words[ahead - 1]); ahead++)
        {
            var word = words[ahead].Trim(Quotes).TrimEnd(Stops);
            if (_offer.Contains(word) || _offerAfter.Contains(word))
            {
                return Name.Offer;
            }

            if (_paid.Contains(word))
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

    private static bool IsSymbol(char c) => c is '$' or '€' or '£' or '₽';

    private enum Name
    {
        None,
        Paid,
        Missing,
        Offer,
    }
}
