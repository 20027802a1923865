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
    private readonly HashSet<string> _afterMine;
    private readonly HashSet<string> _skip;
    private readonly HashSet<string> _stop;
    private readonly HashSet<string> _generic;
    private readonly string[][] _looked;
    private readonly string[][] _before;
    private readonly HashSet<string> _pronouns;
    private readonly HashSet<string> _joining;

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
    public (string? Ordered, string? Received) Read(string text)
    {
        var tokens = Tokens(text);
        var ordered = Find(tokens, _ordered, needsAfter: false) ?? Before(tokens) ?? Find(tokens, _mine, needsAfter: true);
        var received = Find(tokens, _received, needsAfter: false);
        if (ordered is not null && received is not null && _pronouns.Count > 0)
        {
            // "received a black backpack but i ordered the grey one": "one" is the thing received, so "grey backpack".
            var words = ordered.Split(' ');
            var head = received.Split(' ')[^1];
            ordered = string.Join(' ', words.Select(w => _pronouns.Contains(Lower(w)) ? head : w));
        }

        return (ordered, received);
    }

    /// <summary>The text names a place the buyer looked for a parcel marked delivered ("checked with neighbours").</summary>
    public bool SaysLooked(string text)
    {
        var tokens = Tokens(text);
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

    private string? Find(List<string> tokens, string[][] cues, bool needsAfter)
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
    private string? Before(List<string> tokens)
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
                while (start > 0 && i - start < MaxWords && char.IsLetterOrDigit(tokens[start - 1][0]) && !_skip.Contains(Lower(tokens[start - 1]))
                    && !_stop.Contains(Lower(tokens[start - 1])))
                {
                    start--;
                }

                // Only after an article or "my" ("the smart watch i bought"), never mid-sentence ("stuff i bought").
                if (start < i && start > 0 && _skip.Contains(Lower(tokens[start - 1]))
                    && tokens.GetRange(start, i - start) is var words && !words.TrueForAll(w => _generic.Contains(Lower(w)) || IsNumber(w)))
                {
                    return string.Join(' ', words);
                }
            }
        }

        return null;
    }

    /// <summary>The item name starting at <paramref name="start"/>, or null when the words there name no item.</summary>
    private string? Name(List<string> tokens, int start, bool needsAfter)
    {
        var i = start;
        while (i < tokens.Count && (_skip.Contains(Lower(tokens[i])) || IsNumber(tokens[i])))
        {
            i++; // "a", "the", "10 led strips": the count is a quantity, not the name
        }

        var words = new List<string>(MaxWords);
        for (; i < tokens.Count && words.Count < MaxWords; i++)
        {
            var token = tokens[i];
            var lower = Lower(token);
            // "the grey one with usb port": after a pronoun, "with" goes on describing the item.
            var describes = words.Count > 0 && _pronouns.Contains(Lower(words[^1])) && _joining.Contains(lower);
            if (!char.IsLetterOrDigit(token[0]) || (_stop.Contains(lower) && !describes))
            {
                break;
            }

            // "iphone 15 case" keeps its number; "headphones 45 bucks" and a number at the end do not.
            if (IsNumber(token) && !(i + 1 < tokens.Count && char.IsLetter(tokens[i + 1][0]) && !_stop.Contains(Lower(tokens[i + 1]))))
            {
                break;
            }

            words.Add(token);
        }

        if (needsAfter && !(i < tokens.Count && _afterMine.Contains(Lower(tokens[i]))))
        {
            return null; // "my" names the item only as the subject: "my lamp came broken", not "my order's timer"
        }

        while (words.Count > 0 && (_skip.Contains(Lower(words[^1])) || _joining.Contains(Lower(words[^1]))) && !_pronouns.Contains(Lower(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 || words.TrueForAll(w => _generic.Contains(Lower(w)) || IsNumber(w)) ? null : string.Join(' ', words);
    }

    private static bool Matches(List<string> tokens, int at, string[] cue)
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

    /// <summary>Words (letters, digits, inner apostrophes, hyphens and points) and single punctuation marks.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>(32);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(c.ToString());
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '\u2019' or '-' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static bool IsNumber(string token) => token.All(c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>The token is the cue word (lower case, as <see cref="Lower"/> makes it), compared in place: every cue is
    /// compared at every word, and a lower-case copy each time was half of a Russian message's allocations.</summary>
    private static bool Same(string token, string cue)
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

    private static HashSet<string> Set(IEnumerable<string> words) => new(words.Select(Lower), StringComparer.Ordinal);
}
