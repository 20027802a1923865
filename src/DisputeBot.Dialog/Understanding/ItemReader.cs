using System.Globalization;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// The item as the buyer names it, for the dispute text: "orderd a bluetooth speaker on oct 28" → "bluetooth speaker",
/// "ordered a hoodie size XL black, got size S" → ordered "hoodie size XL black", received "size S", "my robot vacuum came
/// smashed" → "robot vacuum". A cue word (vocabulary item_ordered, item_received, item_mine) is followed by at most
/// <see cref="MaxWords"/> words, up to punctuation, a stop word, a date or an amount; words that name no item
/// ("package", "nothing", "refund") are no item. The buyer's own words are kept as typed, nothing added.
/// </summary>
internal sealed class ItemReader
{
    /// <summary>Longest item name kept: a name, not a sentence.</summary>
    public const int MaxWords = 6;

    private readonly string[][] _ordered;
    private readonly string[][] _received;
    private readonly string[][] _mine;
    private readonly LowerWordSet _afterMine;
    private readonly LowerWordSet _skip;
    private readonly LowerWordSet _stop;
    private readonly LowerWordSet _generic;
    private readonly string[][] _looked;
    private readonly string[][] _before;
    private readonly LowerWordSet _pronouns;
    private readonly LowerWordSet _joining;

    public ItemReader(Vocabulary vocabulary)
    {
        _ordered = Cues(vocabulary.ItemOrdered);
        _received = Cues(vocabulary.ItemReceived);
        _mine = Cues(vocabulary.ItemMine);
        _afterMine = Set(vocabulary.ItemAfterMine);
        _skip = Set(vocabulary.ItemSkip);
        _generic = Set(vocabulary.ItemGeneric);
        _looked = Cues(vocabulary.LookedAround);
        _before = Cues(vocabulary.ItemBefore);
        _pronouns = Set(vocabulary.ItemPronoun);
        _joining = Set(vocabulary.ItemWith);
        // Dates, counts of days and money end a name: "speaker on oct 28", "headphones 45 bucks".
        _stop = Set(vocabulary.ItemStop.Concat(vocabulary.MonthNames.SelectMany(m => m)).Concat(vocabulary.Weekdays.SelectMany(d => d))
            .Concat(vocabulary.Day).Concat(vocabulary.Week).Concat(vocabulary.Month).Concat(vocabulary.MoneyUnits)
            .Concat(vocabulary.Today).Concat(vocabulary.Yesterday));
    }

    /// <summary>The item ordered (or owned: "my lamp came broken") and the item received instead, as typed; either may be null.</summary>
    public (string? Ordered, string? Received) Read(string text) => Read(new MessageWords(text));

    /// <inheritdoc cref="Read(string)"/>
    public (string? Ordered, string? Received) Read(MessageWords tokens)
    {
        var ordered = Find(tokens, _ordered, needsAfter: false) ?? Before(tokens) ?? Find(tokens, _mine, needsAfter: true);
        var received = Find(tokens, _received, needsAfter: false);
        if (ordered is not null && received is not null && _pronouns.Count > 0)
        {
            // "received a black backpack but i ordered the grey one": "one" is the thing received, so "grey backpack".
            var words = ordered.Split(' ');
            var head = received.Split(' ')[^1];
            ordered = string.Join(' ', words.Select(w => _pronouns.Contains(w) ? head : w));
        }

        return (ordered, received);
    }

    /// <summary>The text names a place the buyer looked for a parcel marked delivered ("checked with neighbours").</summary>
    public bool SaysLooked(string text) => SaysLooked(new MessageWords(text));

    /// <inheritdoc cref="SaysLooked(string)"/>
    public bool SaysLooked(MessageWords tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var cue in _looked)
            {
                if (Matches(tokens, i, cue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string? Find(MessageWords tokens, string[][] cues, bool needsAfter)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var cue in cues)
            {
                if (!Matches(tokens, i, cue))
                {
                    continue;
                }

                if (Name(tokens, i + cue.Length, needsAfter) is { } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>"the smart watch i bought came cracked": the words between an article and a cue after the item.</summary>
    private string? Before(MessageWords tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            foreach (var cue in _before)
            {
                if (!Matches(tokens, i, cue))
                {
                    continue;
                }

                var start = i;
                while (start > 0 && i - start < MaxWords && char.IsLetterOrDigit(tokens[start - 1][0]) && !_skip.Contains(tokens[start - 1])
                    && !_stop.Contains(tokens[start - 1]))
                {
                    start--;
                }

                // Only after an article or "my" ("the smart watch i bought"), never mid-sentence ("stuff i bought").
                if (start < i && start > 0 && _skip.Contains(tokens[start - 1]) && !AllGeneric(tokens, start, i))
                {
                    return tokens.Join(start, i);
                }
            }
        }

        return null;
    }

    /// <summary>The item name starting at <paramref name="start"/>, or null when the words there name no item.</summary>
    private string? Name(MessageWords tokens, int start, bool needsAfter)
    {
        var i = start;
        while (i < tokens.Count && (_skip.Contains(tokens[i]) || IsNumber(tokens[i])))
        {
            i++; // "a", "the", "10 led strips": the count is a quantity, not the name
        }

        // The name is the words from `first` to `end`.
        var first = i;
        for (; i < tokens.Count && i - first < MaxWords; i++)
        {
            var token = tokens[i];
            // "the grey one with usb port": after a pronoun, "with" goes on describing the item.
            var describes = i > first && _pronouns.Contains(tokens[i - 1]) && _joining.Contains(token);
            if (!char.IsLetterOrDigit(token[0]) || (_stop.Contains(token) && !describes))
            {
                break;
            }

            // "iphone 15 case" keeps its number; "headphones 45 bucks" and a number at the end do not.
            if (IsNumber(token) && !(i + 1 < tokens.Count && char.IsLetter(tokens[i + 1][0]) && !_stop.Contains(tokens[i + 1])))
            {
                break;
            }
        }

        if (needsAfter && !(i < tokens.Count && _afterMine.Contains(tokens[i])))
        {
            return null; // "my" names the item only as the subject: "my lamp came broken", not "my order's timer"
        }

        var end = i;
        while (end > first && (_skip.Contains(tokens[end - 1]) || _joining.Contains(tokens[end - 1])) && !_pronouns.Contains(tokens[end - 1]))
        {
            end--;
        }

        return end == first || AllGeneric(tokens, first, end) ? null : tokens.Join(first, end);
    }

    /// <summary>Every word from <paramref name="first"/> to <paramref name="end"/> names no item ("package", "10").</summary>
    private bool AllGeneric(MessageWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!_generic.Contains(tokens[k]) && !IsNumber(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(MessageWords tokens, int at, string[] cue)
    {
        if (at + cue.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (!Same(tokens[at + k], cue[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c) && c is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token is the cue word (lower case, as <see cref="Lower"/> makes it), compared in place: every cue is
    /// compared at every word, and a lower-case copy each time was half of a Russian message's allocations.</summary>
    private static bool Same(ReadOnlySpan<char> token, string cue)
    {
        if (token.Length != cue.Length)
        {
            return false;
        }

        for (var k = 0; k < token.Length; k++)
        {
            var c = char.ToLowerInvariant(token[k]);
            if ((c == '\u2019' ? '\'' : c) != cue[k])
            {
                return false;
            }
        }

        return true;
    }

    private static string Lower(string token) => token.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'');

    private static string[][] Cues(IEnumerable<string> cues) =>
        cues.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lower).ToArray()).Where(c => c.Length > 0).ToArray();

    private static LowerWordSet Set(IEnumerable<string> words) => new(words.Select(Lower));
}
