using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// Cuts the seller's words out of a buyer's message when they come without quotes: after a colon that follows the
/// seller or a verb of saying ("seller wrote: we will send a new one", "msg from the shop: parcel delivered") up to the
/// end of the line, and after the seller and a verb of saying ("seller says tracking shows delivered so we cannot
/// help") up to the end of the sentence or a contrast word ("... but i never got it" is the buyer's again). What the
/// seller claims is no fact of the buyer's order: "your item was delivered on 3 december" in the seller's mouth is no
/// delivery day. A seller's offer or pressure is still read from the whole message (the warning needs it).
/// </summary>
internal sealed class SellerSpeech
{
    /// <summary>How many words before a colon may name who speaks ("msg from the seller:", "they replied in chat:").</summary>
    private const int ColonReach = 4;

    /// <summary>How many words may stand between the seller and the verb ("the seller just wrote").</summary>
    private const int VerbReach = 2;

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n', '\r'];

    private static readonly System.Buffers.SearchValues<char> SentenceEndValues = System.Buffers.SearchValues.Create(SentenceEnds);

    private static readonly char[] LineEnds = ['\n', '\r'];

    /// <summary>A claim passed on without a colon ends with its clause: "seller said wait another 2 weeks, 5 days left
    /// on the timer" tells the timer after the comma.</summary>
    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', ',', '\n', '\r'];

    private readonly HashSet<string> _names;
    private readonly string[][] _verbs;
    private readonly HashSet<string> _verbStarts;
    private readonly HashSet<string> _contrast;

    /// <summary>The seller's own voice ("we", "our"): a claim passed on without a colon is the seller's only with one
    /// ("seller says tracking shows delivered so we cannot help"); "seller says it hasn't shipped" is the buyer's news.</summary>
    private readonly HashSet<string> _voice;

    /// <summary>The buyer's possessive ("my"): a sentence starting with it after the seller's words is the buyer's again
    /// ("seller said: please close dispute and i will resend. my mug arrived broken").</summary>
    private readonly HashSet<string> _mine;

    /// <summary>The names as written: most messages have none of them and no colon, and are not cut into words.</summary>
    private readonly string[] _typedNames;

    public SellerSpeech(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _names = new HashSet<string>(vocabulary.SellerNames.Select(DateFolding.Fold), StringComparer.Ordinal);
        _verbs = [.. vocabulary.SellerSpeechVerbs.Select(v => DateFolding.Fold(v).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(v => v.Length > 0)];
        _verbStarts = new HashSet<string>(_verbs.Select(v => v[0]), StringComparer.Ordinal);
        _contrast = new HashSet<string>(vocabulary.Contrast.Select(DateFolding.Fold), StringComparer.Ordinal);
        _voice = new HashSet<string>(vocabulary.SellerVoice.Select(DateFolding.Fold), StringComparer.Ordinal);
        _mine = new HashSet<string>(vocabulary.ItemMine.Select(DateFolding.Fold), StringComparer.Ordinal);
        _typedNames = [.. vocabulary.SellerNames.Concat(vocabulary.SellerNames.Select(DateFolding.Fold)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The text without the seller's words; the same instance when it has none.</summary>
    public string Outside(string text)
    {
        if (string.IsNullOrEmpty(text) || (!text.Contains(':', StringComparison.Ordinal) && !NamesAny(text)))
        {
            return text;
        }

        var words = Words(text);
        if (words.Count == 0)
        {
            return text;
        }

        List<(int Start, int End)>? cuts = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        while (colon >= 0)
        {
            if (SpeakerBefore(text, words, colon) && !QuoteAfter(text, colon))
            {
                var end = text.IndexOfAny(LineEnds, colon);
                (cuts ??= []).Add((colon, BuyerAgain(text, words, colon, end < 0 ? text.Length : end)));
            }

            colon = text.IndexOf(':', colon + 1);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!_names.Contains(words[i].Word) || Inside(cuts, words[i].Start))
            {
                continue;
            }

            for (var j = i + 1; j <= i + 1 + VerbReach && j < words.Count; j++)
            {
                if (SentenceEndBetween(text, words[j - 1].End, words[j].Start))
                {
                    break;
                }

                if (VerbAt(words, j) is { } after && after < words.Count && !SentenceEndBetween(text, words[after - 1].End, words[after].Start)
                    && text[words[after - 1].End..words[after].Start].IndexOf(':', StringComparison.Ordinal) < 0)
                {
                    var end = ClauseEnd(text, words, after);
                    if (InVoice(words, after, end))
                    {
                        (cuts ??= []).Add((words[after].Start, end));
                    }

                    break;
                }
            }
        }

        if (cuts is null)
        {
            return text;
        }

        cuts.Sort();
        var builder = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in cuts)
        {
            if (end <= at)
            {
                continue;
            }

            builder.Append(text, at, Math.Max(0, start - at)).Append(". ");
            at = Math.Max(at, end);
        }

        builder.Append(text, at, text.Length - at);
        return builder.ToString();
    }

    /// <summary>The seller's words quoted after the colon: the quotes mark them (QuotedText), the rest is the buyer's.</summary>
    private static bool QuoteAfter(string text, int colon)
    {
        var at = colon + 1;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && text[at] is '"' or '\'' or '\u201C' or '\u201E' or '\u00AB';
    }

    /// <summary>Where the seller's words after a colon end: the line's end, or a sentence that starts with the buyer's
    /// "my".</summary>
    private int BuyerAgain(string text, List<(string Word, int Start, int End)> words, int colon, int lineEnd)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Start > colon && words[i].Start < lineEnd && _mine.Contains(words[i].Word)
                && SentenceEndBetween(text, words[i - 1].End, words[i].Start) && words[i - 1].End > colon)
            {
                return words[i].Start;
            }
        }

        return lineEnd;
    }

    /// <summary>A word of the seller's own voice stands in the clause.</summary>
    private bool InVoice(List<(string Word, int Start, int End)> words, int from, int end)
    {
        for (var i = from; i < words.Count && words[i].Start < end; i++)
        {
            if (_voice.Contains(words[i].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A colon after the seller or a verb of saying in the same sentence: what follows is the seller's.</summary>
    private bool SpeakerBefore(string text, List<(string Word, int Start, int End)> words, int colon)
    {
        var seen = 0;
        for (var i = words.Count - 1; i >= 0 && seen < ColonReach; i--)
        {
            if (words[i].End > colon)
            {
                continue;
            }

            if (SentenceEndBetween(text, words[i].End, colon))
            {
                return false;
            }

            seen++;
            if (_names.Contains(words[i].Word) || _verbStarts.Contains(words[i].Word) || VerbEndsAt(words, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index after a verb of saying that starts at <paramref name="at"/>, or null.</summary>
    private int? VerbAt(List<(string Word, int Start, int End)> words, int at)
    {
        if (!_verbStarts.Contains(words[at].Word))
        {
            return null;
        }

        foreach (var verb in _verbs)
        {
            if (at + verb.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < verb.Length && all; k++)
            {
                all = words[at + k].Word == verb[k];
            }

            if (all)
            {
                return at + verb.Length;
            }
        }

        return null;
    }

    private bool VerbEndsAt(List<(string Word, int Start, int End)> words, int at)
    {
        foreach (var verb in _verbs)
        {
            var first = at - verb.Length + 1;
            if (first >= 0 && VerbAt(words, first) == at + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the seller's claim told in the buyer's words: the sentence's end, or a contrast word ("but")
    /// where the buyer speaks again.</summary>
    private int ClauseEnd(string text, List<(string Word, int Start, int End)> words, int from)
    {
        var sentenceEnd = text.IndexOfAny(ClauseEnds, words[from].Start);
        var end = sentenceEnd < 0 ? text.Length : sentenceEnd;
        for (var i = from + 1; i < words.Count && words[i].Start < end; i++)
        {
            if (_contrast.Contains(words[i].Word))
            {
                return words[i].Start;
            }
        }

        return end;
    }

    private bool NamesAny(string text)
    {
        foreach (var name in _typedNames)
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SentenceEndBetween(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).IndexOfAny(SentenceEndValues) >= 0;

    private static bool Inside(List<(int Start, int End)>? cuts, int at) =>
        cuts is not null && cuts.Exists(c => at >= c.Start && at < c.End);

    /// <summary>The words of the text, folded, with where each starts and ends.</summary>
    private static List<(string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((DateFolding.Fold(text[start..i]), start, i));
                start = -1;
            }
        }

        return words;
    }
}
