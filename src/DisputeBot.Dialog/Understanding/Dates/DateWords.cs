using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>
/// A language's date words, folded (<see cref="DateFolding"/>) and indexed by their first word for lookups on spans of
/// folded text (no allocation per call), plus the month names long enough to be matched despite a typo.
/// </summary>
internal sealed class DateWords
{
    /// <summary>Longest word compared for typos; longer words are not month names.</summary>
    public const int MaxFuzzyLength = 16;

    private readonly Dictionary<string, DatePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly string[] _fuzzyNames;
    private readonly int[] _fuzzyMonths;
    private readonly string[] _fuzzyRoleWords;
    private readonly DateWordClass[] _fuzzyRoles;
    private readonly string[] _fuzzyUnitWords;
    private readonly DateWordClass[] _fuzzyUnits;
    private readonly string[] _fuzzyNumberWords;
    private readonly int[] _fuzzyNumbers;

    /// <summary>The language's small words (fillers, contrasts, negations): never a misspelt month ("mais" is no "mars").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _smallWords;

    /// <summary>Money units ("eur", "bucks"): "12.30 eur" is a price, never 12 March or 30 December.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _moneyUnits;

    public DateWords(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.MonthNames.Count != 12)
        {
            throw new ArgumentException($"Expected 12 month-name lists, got {vocabulary.MonthNames.Count}.", nameof(vocabulary));
        }

        var phrases = new Dictionary<string, List<DatePhrase>>(StringComparer.Ordinal);
        var fuzzy = new List<(string Name, int Month)>();
        Add(phrases, vocabulary.Today, DateWordClass.Today, 0);
        Add(phrases, vocabulary.Yesterday, DateWordClass.Yesterday, 0);
        Add(phrases, vocabulary.Tomorrow, DateWordClass.Tomorrow, 0);
        Add(phrases, vocabulary.DayBeforeYesterday, DateWordClass.DayBeforeYesterday, 0);
        Add(phrases, vocabulary.UntilNow, DateWordClass.UntilNow, 0);
        Add(phrases, vocabulary.Ago, DateWordClass.Ago, 0);
        Add(phrases, vocabulary.Left, DateWordClass.Left, 0);
        Add(phrases, vocabulary.In, DateWordClass.In, 0);
        // A unit's value is how many of it one word counts: a fortnight is two weeks.
        Add(phrases, vocabulary.Day, DateWordClass.Day, 1);
        Add(phrases, vocabulary.Week, DateWordClass.Week, 1);
        Add(phrases, vocabulary.Fortnight, DateWordClass.Week, 2);
        Add(phrases, vocabulary.Month, DateWordClass.Month, 1);
        Add(phrases, vocabulary.Hour, DateWordClass.Hour, 1);
        Add(phrases, vocabulary.LessThan, DateWordClass.LessThan, 0);
        Add(phrases, vocabulary.Shipped, DateWordClass.Shipped, 0);
        Add(phrases, vocabulary.Delivered, DateWordClass.Delivered, 0);
        Add(phrases, vocabulary.Paid, DateWordClass.Paid, 0);
        // A phrase in both lists ("confirmation timeout") is the ended state: the first list added wins.
        Add(phrases, vocabulary.TimerEnded, DateWordClass.TimerEnded, 0);
        Add(phrases, vocabulary.Timer, DateWordClass.Timer, 0);
        Add(phrases, vocabulary.DisputeOpened, DateWordClass.DisputeOpened, 0);
        Add(phrases, vocabulary.DisputeOpenedOn, DateWordClass.DisputeOpened, 0);
        Add(phrases, vocabulary.SellerWait, DateWordClass.SellerWait, 0);
        Add(phrases, vocabulary.Since, DateWordClass.Since, 0);
        Add(phrases, vocabulary.InTransit, DateWordClass.InTransit, 0);
        for (var value = 1; value < vocabulary.Ordinals.Count && value <= 31; value++)
        {
            Add(phrases, vocabulary.Ordinals[value], DateWordClass.Ordinal, value);
        }
        for (var day = 0; day < vocabulary.Weekdays.Count && vocabulary.Weekdays.Count == 7; day++)
        {
            // Monday is 1, as in ISO 8601.
            Add(phrases, vocabulary.Weekdays[day], DateWordClass.Weekday, day + 1);
        }

        for (var value = 0; value < vocabulary.Numbers.Count; value++)
        {
            Add(phrases, vocabulary.Numbers[value], DateWordClass.Number, value);
        }

        for (var month = 1; month <= 12; month++)
        {
            var names = vocabulary.MonthNames[month - 1];
            Add(phrases, names, DateWordClass.MonthName, month);
            foreach (var name in names)
            {
                var words = Split(name);
                if (words.Length == 1 && words[0].Length is >= 4 and <= MaxFuzzyLength)
                {
                    fuzzy.Add((words[0], month));
                }
            }
        }

        var roles = new List<(string Word, DateWordClass Role)>();
        foreach (var (list, role) in new[]
        {
            (vocabulary.Shipped, DateWordClass.Shipped), (vocabulary.Delivered, DateWordClass.Delivered),
            (vocabulary.Paid, DateWordClass.Paid), (vocabulary.TimerEnded, DateWordClass.TimerEnded),
        })
        {
            foreach (var entry in list)
            {
                var words = Split(entry);
                if (words.Length == 1 && words[0].Length is >= MinFuzzyRoleLength and <= MaxFuzzyLength)
                {
                    roles.Add((words[0], role));
                }
            }
        }

        var units = new List<(string Word, DateWordClass Unit)>();
        foreach (var (list, unit) in new[]
        {
            (vocabulary.Day, DateWordClass.Day), (vocabulary.Week, DateWordClass.Week),
            (vocabulary.Month, DateWordClass.Month), (vocabulary.Hour, DateWordClass.Hour),
        })
        {
            foreach (var entry in list)
            {
                var words = Split(entry);
                if (words.Length == 1 && words[0].Length is >= MinFuzzyUnitLength and <= MaxFuzzyLength)
                {
                    units.Add((words[0], unit));
                }
            }
        }

        var numbers = new List<(string Word, int Value)>();
        for (var value = 0; value < vocabulary.Numbers.Count; value++)
        {
            foreach (var entry in vocabulary.Numbers[value])
            {
                var words = Split(entry);
                if (words.Length == 1 && words[0].Length is >= MinFuzzyNumberLength and <= MaxFuzzyLength)
                {
                    numbers.Add((words[0], value));
                }
            }
        }

        _fuzzyNumberWords = numbers.Select(n => n.Word).ToArray();
        _fuzzyNumbers = numbers.Select(n => n.Value).ToArray();
        _smallWords = vocabulary.Filler.Concat(vocabulary.Contrast).Concat(vocabulary.Negation)
            .Select(Split).Where(w => w.Length == 1).Select(w => w[0])
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _moneyUnits = vocabulary.MoneyUnits.Select(Split).Where(w => w.Length == 1).Select(w => w[0])
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzyUnitWords = units.Select(u => u.Word).ToArray();
        _fuzzyUnits = units.Select(u => u.Unit).ToArray();
        _fuzzyRoleWords = roles.Select(r => r.Word).ToArray();
        _fuzzyRoles = roles.Select(r => r.Role).ToArray();

        var index = phrases.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _fuzzyNames = fuzzy.Select(f => f.Name).ToArray();
        _fuzzyMonths = fuzzy.Select(f => f.Month).ToArray();
    }

    /// <summary>Role words shorter than this are not matched despite a typo ("sent" is not "set").</summary>
    public const int MinFuzzyRoleLength = 5;

    /// <summary>The role of the single-word role phrase one edit from <paramref name="word"/> with the same first
    /// letter ("recieved", "shiped", "payed"); null when none or when two roles are as near.</summary>
    public DateWordClass? FuzzyRole(ReadOnlySpan<char> word)
    {
        if (word.Length < MinFuzzyRoleLength - 1 || word.Length > MaxFuzzyLength)
        {
            return null;
        }

        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        DateWordClass? found = null;
        for (var i = 0; i < _fuzzyRoleWords.Length; i++)
        {
            var name = _fuzzyRoleWords[i];
            if (name[0] != word[0] || Math.Abs(name.Length - word.Length) > 1)
            {
                continue;
            }

            if (EditDistance.Bounded(word, name, 1, workspace) <= 1)
            {
                if (found is { } other && other != _fuzzyRoles[i])
                {
                    return null;
                }

                found = _fuzzyRoles[i];
            }
        }

        return found;
    }

    /// <summary>Unit words shorter than this are not matched despite a typo ("day" is too close to "dad", "dry").</summary>
    public const int MinFuzzyUnitLength = 4;

    /// <summary>The unit one edit (or one swap) from <paramref name="word"/> with the same first letter ("dyas",
    /// "dasy", "weeeks", "monts"); null when none or when two units are as near.</summary>
    public DateWordClass? FuzzyUnit(ReadOnlySpan<char> word)
    {
        if (word.Length < MinFuzzyUnitLength || word.Length > MaxFuzzyLength)
        {
            return null;
        }

        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        DateWordClass? found = null;
        for (var i = 0; i < _fuzzyUnitWords.Length; i++)
        {
            var name = _fuzzyUnitWords[i];
            if (name[0] != word[0] || Math.Abs(name.Length - word.Length) > 1)
            {
                continue;
            }

            if (EditDistance.Bounded(word, name, 1, workspace) <= 1)
            {
                if (found is { } other && other != _fuzzyUnits[i])
                {
                    return null;
                }

                found = _fuzzyUnits[i];
            }
        }

        return found;
    }

    /// <summary>Number words shorter than this are not matched despite a typo ("for" is not "four").</summary>
    public const int MinFuzzyNumberLength = 4;

    /// <summary>The value of the single number word one typo from <paramref name="word"/> with the same first letter
    /// ("fourty", "ninty", "tweleve", "fivteen"); -1 when none, when the word is a known date word or a small word, or
    /// when two values are as near. Words of five letters or fewer only match by a missing, extra or swapped letter
    /// ("fine" is not "five").</summary>
    public int FuzzyNumber(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinFuzzyNumberLength or > MaxFuzzyLength || _byFirstWord.ContainsKey(word) || _smallWords.Contains(word))
        {
            return -1;
        }

        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        var found = -1;
        for (var i = 0; i < _fuzzyNumberWords.Length; i++)
        {
            var name = _fuzzyNumberWords[i];
            if (name[0] != word[0] || Math.Abs(name.Length - word.Length) > 1
                || (word.Length <= 5 && name.Length == word.Length && !IsSwap(word, name)))
            {
                continue;
            }

            if (EditDistance.Bounded(word, name, 1, workspace) <= 1)
            {
                if (found >= 0 && found != _fuzzyNumbers[i])
                {
                    return -1;
                }

                found = _fuzzyNumbers[i];
            }
        }

        return found;
    }

    /// <summary>Two words of one length that differ only by two neighbouring letters swapped.</summary>
    private static bool IsSwap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var first = a.CommonPrefixLength(b);
        return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
    }

    /// <summary>Turns ordinal words ("sixth", "twenty first") into ordinal number tokens, and misspelt number words
    /// before a unit ("fourty five days", "tweleve hours") into number tokens, in place; returns the new count.</summary>
    public int JoinOrdinals(ReadOnlySpan<char> text, Span<DateToken> tokens, int count)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var token = tokens[i];
            var (value, end) = token.Kind == DateTokenKind.Word ? Ordinal(text, tokens[..count], i) : (0, i + 1);
            if (value == 0 && token.Kind == DateTokenKind.Word && MisspeltCount(text, tokens[..count], i) is ({ } number, var numberEnd))
            {
                token = new DateToken
                {
                    Kind = DateTokenKind.Number,
                    Start = token.Start,
                    Length = tokens[numberEnd - 1].End - token.Start,
                    Value = number,
                    Digits = number < 10 ? 1 : 2,
                    ClauseStart = token.ClauseStart,
                };
                i = numberEnd - 1;
            }
            else if (value > 0)
            {
                token = new DateToken
                {
                    Kind = DateTokenKind.Number,
                    Start = token.Start,
                    Length = tokens[end - 1].End - token.Start,
                    Value = value,
                    Digits = value < 10 ? 1 : 2,
                    Ordinal = true,
                    Spelled = true,
                    ClauseStart = token.ClauseStart,
                };
                i = end - 1;
            }

            tokens[kept++] = token;
        }

        return kept;
    }

    /// <summary>A count written in words with a typo in one of them ("fourty five", "twenty fiev", "ninty") and where
    /// it ends, when a unit follows it ("… days", "… more days"); null otherwise. A count without a typo is read as a
    /// phrase where it stands.</summary>
    private (int? Value, int End) MisspeltCount(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, int i)
    {
        var first = WordValue(text, tokens[i], out var firstFuzzy);
        if (first < 0)
        {
            return (null, i + 1);
        }

        var value = first;
        var end = i + 1;
        var fuzzy = firstFuzzy;
        if (first is >= 20 and < 100 && first % 10 == 0 && end < tokens.Length && tokens[end].Kind == DateTokenKind.Word
            && WordValue(text, tokens[end], out var unitFuzzy) is >= 1 and <= 9 and var units)
        {
            value += units;
            fuzzy |= unitFuzzy;
            end++;
        }

        if (!fuzzy)
        {
            return (null, i + 1);
        }

        // Only a count of time: "fourty five days", "tweleve more days".
        var next = end < tokens.Length && IsDirectionWord(text, tokens[end]) ? end + 1 : end;
        return next < tokens.Length && tokens[next].Kind == DateTokenKind.Word && IsUnitWord(text.Slice(tokens[next].Start, tokens[next].Length))
            ? (value, end)
            : (null, i + 1);
    }

    /// <summary>The value of a single number word as written, or one typo away (then <paramref name="fuzzy"/>); -1 when none.</summary>
    private int WordValue(ReadOnlySpan<char> text, DateToken token, out bool fuzzy)
    {
        fuzzy = false;
        var word = text.Slice(token.Start, token.Length);
        if (TryGet(word, out var phrases))
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Class == DateWordClass.Number && phrase.Rest.Length == 0)
                {
                    return phrase.Value;
                }
            }

            return -1;
        }

        var value = FuzzyNumber(word);
        fuzzy = value >= 0;
        return value;
    }

    private bool IsDirectionWord(ReadOnlySpan<char> text, DateToken token) =>
        token.Kind == DateTokenKind.Word && TryGet(text.Slice(token.Start, token.Length), out var phrases)
        && phrases.Any(p => p.Rest.Length == 0 && p.Class is DateWordClass.Left or DateWordClass.In or DateWordClass.Ago);

    private bool IsUnitWord(ReadOnlySpan<char> word)
    {
        if (TryGet(word, out var phrases))
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Class is DateWordClass.Day or DateWordClass.Week or DateWordClass.Month or DateWordClass.Hour)
                {
                    return true;
                }
            }

            return false;
        }

        return FuzzyUnit(word) is not null;
    }

    /// <summary>The day an ordinal phrase starting at token <paramref name="i"/> names and where it ends; 0 when none.</summary>
    private (int Value, int End) Ordinal(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, int i)
    {
        if (!TryGet(text.Slice(tokens[i].Start, tokens[i].Length), out var phrases))
        {
            return (0, i + 1);
        }

        (int Value, int End) best = (0, i + 1);
        foreach (var phrase in phrases)
        {
            var end = i + 1 + phrase.Rest.Length;
            if (phrase.Class != DateWordClass.Ordinal || end > tokens.Length || (best.Value > 0 && end <= best.End))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Rest.Length && matches; k++)
            {
                var t = tokens[i + 1 + k];
                matches = t.Kind == DateTokenKind.Word && text.Slice(t.Start, t.Length).SequenceEqual(phrase.Rest[k]);
            }

            if (matches)
            {
                best = (phrase.Value, end);
            }
        }

        return best;
    }

    /// <summary>The folded word is a money unit ("eur", "usd", "zl").</summary>
    public bool IsMoneyUnit(ReadOnlySpan<char> word) => _moneyUnits.Contains(word);

    public bool TryGet(ReadOnlySpan<char> firstWord, out DatePhrase[] phrases) =>
        _byFirstWord.TryGetValue(firstWord, out phrases!);

    /// <summary>The month whose name is nearest to the folded <paramref name="word"/> within a small edit distance (one
    /// edit, two from eight letters on) and sharing its first or second letter; 0 when none or when two months are
    /// equally near ("jule": June or July?); never one of the language's small words.</summary>
    public int FuzzyMonth(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > MaxFuzzyLength || _smallWords.Contains(word))
        {
            return 0;
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        Span<int> workspace = stackalloc int[EditDistance.WorkspaceSize];
        var best = allowed + 1;
        var bestMonth = 0;
        for (var i = 0; i < _fuzzyNames.Length; i++)
        {
            // A typo rarely hits both of the first two letters: skip names that share neither.
            var name = _fuzzyNames[i];
            if (name[0] != word[0] && name[1] != word[1])
            {
                continue;
            }

            var distance = EditDistance.Bounded(word, name, allowed, workspace);
            if (distance < best)
            {
                best = distance;
                bestMonth = _fuzzyMonths[i];
            }
            else if (distance == best && _fuzzyMonths[i] != bestMonth)
            {
                bestMonth = -1;
            }
        }

        return best <= allowed && bestMonth > 0 ? bestMonth : 0;
    }

    private static void Add(Dictionary<string, List<DatePhrase>> phrases, IReadOnlyList<string> entries, DateWordClass wordClass, int value)
    {
        foreach (var entry in entries)
        {
            var words = Split(entry);
            if (words.Length == 0)
            {
                continue;
            }

            if (!phrases.TryGetValue(words[0], out var list))
            {
                phrases[words[0]] = list = [];
            }

            list.Add(new DatePhrase(wordClass, value, words[1..]));
        }
    }

    /// <summary>Splits a vocabulary entry the way <see cref="DateTokenizer"/> splits text: runs of letters, folded.</summary>
    private static string[] Split(string entry)
    {
        entry = DateFolding.Fold(entry);
        var words = new List<string>();
        var i = 0;
        while (i < entry.Length)
        {
            if (!DateTokenizer.IsWordChar(entry[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < entry.Length && DateTokenizer.IsWordChar(entry[i]))
            {
                i++;
            }

            words.Add(entry[start..i]);
        }

        return [.. words];
    }
}
