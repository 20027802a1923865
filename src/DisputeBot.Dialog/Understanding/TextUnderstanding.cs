using System.Collections.Concurrent;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Reads a buyer's free text with one language pack's cues and vocabulary: the problem category, a seller's trap,
/// a common question, answers (yes/no, arrival, payment, quantities), evidence named in words, a button typed out.
/// Tolerant of case, accents, punctuation, emoji, plural and tense endings and small typos; aware of simple
/// negation ("not damaged, just the wrong colour").
/// </summary>
/// <remarks>
/// Build one per language pack and keep it: construction compiles every cue (a few milliseconds); each call then
/// works on per-thread buffers without allocating (results aside), reads at most
/// <see cref="TokenizedText.MaxChars"/> characters, and never throws. Safe to share between threads.
/// Calls with the same string instance reuse the previous reading on that thread.
/// </remarks>
public sealed class TextUnderstanding
{
    /// <summary>A category counts as a candidate from this score (half of a cue's weight found).</summary>
    public const double CandidateScore = 0.3;

    /// <summary>Confident needs a full cue match and this lead over the runner-up.</summary>
    public const double ConfidentScore = CueIndex.FullMatch;

    public const double ConfidentMargin = 0.2;

    /// <summary>Traps and questions need a full cue, or a 4+ word cue with one word missing.</summary>
    public const double MatchScore = 0.85;

    /// <summary>Evidence also takes a word found in only one item's text ("ruler"), which scores less than a cue.</summary>
    public const double EvidenceScore = 0.55;

    public const int MaxCandidates = 4;

    private const double KeywordStrength = 0.6;
    private const int CueSlack = 4;
    private const int TrapSlack = 10;
    private const int MaxQuantity = 100_000;
    private const int MaxChoiceWords = 24;
    private const int MaxCachedLabels = 4096;
    private const double ExactChoice = 3;

    [ThreadStatic]
    private static TokenizedText? t_labelScratch;

    private readonly LanguagePack _pack;
    private readonly Lexicon _lexicon;
    private readonly CueIndex _categories;
    private readonly CueIndex _faq;
    private readonly CueIndex _warnings;
    private readonly Dictionary<string, CueIndex> _evidence = new(StringComparer.Ordinal);
    private readonly PhraseSet _yes;
    private readonly PhraseSet _no;
    private readonly PhraseSet _partly;
    private readonly PhraseSet _arrived;
    private readonly PhraseSet _notArrived;
    private readonly PhraseSet _dontKnow;
    private readonly PhraseSet _payPal;
    private readonly PhraseSet _card;
    private readonly PhraseSet _otherPayment;
    private readonly PhraseSet _ordered;
    private readonly PhraseSet _received;
    private readonly PhraseSet _of;
    private readonly PhraseSet _dateWords;
    private readonly ConcurrentDictionary<string, Label> _labels = new(StringComparer.Ordinal);

    public TextUnderstanding(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        var vocabulary = pack.Vocabulary;
        _lexicon = Lexicon.Build(pack, AllPhrases(pack));

        _categories = CueIndex.Build(
            _lexicon,
            pack.Categories.Count,
            pack.Categories.SelectMany((c, i) => c.Cues.Select(cue => (i, cue, 1.0))),
            CueSlack);
        _faq = CueIndex.Build(
            _lexicon,
            pack.Faq.Count,
            pack.Faq.SelectMany((f, i) => f.Cues.Prepend(f.Question).Select(cue => (i, cue, 1.0))),
            CueSlack);
        _warnings = CueIndex.Build(
            _lexicon,
            pack.Warnings.Count,
            pack.Warnings.SelectMany((w, i) => w.Cues.Select(cue => (i, cue, 1.0))),
            TrapSlack);
        foreach (var category in pack.Categories)
        {
            _evidence[category.Id] = BuildEvidenceIndex(category);
        }

        PhraseSet Set(IEnumerable<string> phrases) => PhraseSet.Build(_lexicon, phrases);
        _yes = Set(vocabulary.Yes);
        _no = Set(vocabulary.No);
        _partly = Set(vocabulary.Partly);
        _arrived = Set(vocabulary.Arrived);
        _notArrived = Set(vocabulary.NotArrived);
        _dontKnow = Set(vocabulary.DontKnow);
        _payPal = Set(vocabulary.PayPal);
        _card = Set(vocabulary.Card);
        _otherPayment = Set(vocabulary.OtherPayment);
        _ordered = Set(vocabulary.QuantityOrdered);
        _received = Set(vocabulary.QuantityReceived);
        _of = Set(vocabulary.QuantityOf);
        _dateWords = Set(vocabulary.Day.Concat(vocabulary.Week).Concat(vocabulary.Month).Concat(vocabulary.MonthNames.SelectMany(m => m)));
    }

    public LanguagePack Pack => _pack;

    /// <summary>Cues that cannot match anything (only fillers and negations), named for a content test.</summary>
    internal IReadOnlyList<string> IgnoredCues =>
    [
        .. _categories.Meaningless.Select(m => $"category '{_pack.Categories[m.Document].Id}': '{m.Cue}'"),
        .. _faq.Meaningless.Select(m => $"question '{_pack.Faq[m.Document].Id}': '{m.Cue}'"),
        .. _warnings.Meaningless.Select(m => $"warning '{_pack.Warnings[m.Document].Id}': '{m.Cue}'"),
        .. _pack.Categories.SelectMany(c => _evidence[c.Id].Meaningless.Select(m => $"category '{c.Id}', item '{c.Checklist[m.Document].Id}': '{m.Cue}'")),
    ];

    /// <summary>The categories the text points to, best first; <paramref name="group"/> (when known) narrows them.</summary>
    public CategoryGuess ClassifyProblem(string text, ArrivalGroup? group)
    {
        var tokens = Read(text);
        var categories = _pack.Categories;
        Span<double> scores = categories.Count <= 64 ? stackalloc double[categories.Count] : new double[categories.Count];
        _categories.Score(tokens, scores);

        Span<int> best = stackalloc int[MaxCandidates];
        var count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < CandidateScore || (group is { } g && categories[i].Group != g))
            {
                continue;
            }

            // Insertion into the short, sorted list of the best; ties keep file order.
            var at = count;
            while (at > 0 && scores[best[at - 1]] < scores[i])
            {
                at--;
            }

            if (at >= MaxCandidates)
            {
                continue;
            }

            for (var k = Math.Min(count, MaxCandidates - 1); k > at; k--)
            {
                best[k] = best[k - 1];
            }

            best[at] = i;
            count = Math.Min(count + 1, MaxCandidates);
        }

        if (count == 0)
        {
            return new CategoryGuess([], Confident: false);
        }

        var candidates = new CategoryScore[count];
        for (var k = 0; k < count; k++)
        {
            candidates[k] = new CategoryScore(categories[best[k]], Math.Round(scores[best[k]], 3));
        }

        var top = scores[best[0]];
        var confident = top >= ConfidentScore && (count == 1 || top - scores[best[1]] >= ConfidentMargin);
        return new CategoryGuess(candidates, confident);
    }

    /// <summary>The trap a pasted seller message or a buyer's question points to, if any.</summary>
    public TrapWarning? DetectTrap(string text)
    {
        var index = BestDocument(_warnings, Read(text), MatchScore);
        return index < 0 ? null : _pack.Warnings[index];
    }

    /// <summary>The common question the text asks, if any.</summary>
    public FaqEntry? MatchFaq(string text)
    {
        var index = BestDocument(_faq, Read(text), MatchScore);
        return index < 0 ? null : _pack.Faq[index];
    }

    /// <summary>Whether the parcel arrived: yes, no, or only part of it ("half", "some of it"); null if unclear.</summary>
    public Arrival? ReadArrival(string text)
    {
        var tokens = Read(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (_partly.Occurs(tokens, out var partly, out _) && partly)
        {
            return Arrival.Partly;
        }

        _arrived.Occurs(tokens, out var arrived, out var arrivedNegated);
        _notArrived.Occurs(tokens, out var notArrived, out _);
        var saysNo = notArrived || arrivedNegated;
        if (saysNo != arrived)
        {
            return arrived ? Arrival.Yes : Arrival.No;
        }

        if (saysNo)
        {
            return null;
        }

        return ReadYesNo(tokens) switch
        {
            true => Arrival.Yes,
            false => Arrival.No,
            null => null,
        };
    }

    /// <summary>Yes or no; null when unclear, both, or "I don't know".</summary>
    public bool? ReadYesNo(string text) => ReadYesNo(Read(text));

    /// <summary>How the order was paid; <see cref="PaymentMethod.Unknown"/> for "I don't know"; null if unclear.</summary>
    public PaymentMethod? ReadPayment(string text)
    {
        var tokens = Read(text);
        var payPal = _payPal.Longest(tokens);
        var card = _card.Longest(tokens);
        var other = _otherPayment.Longest(tokens);
        if (payPal > 0)
        {
            // A card used through PayPal is still a PayPal payment (with PayPal's protection).
            return PaymentMethod.PayPal;
        }

        if (card == 0 && other == 0)
        {
            return IsDontKnow(tokens) ? PaymentMethod.Unknown : null;
        }

        // The longer phrase is the more specific: "gift card" is not a bank card.
        return card > other ? PaymentMethod.Card : PaymentMethod.Other;
    }

    /// <summary>"I don't know", "can't see it", "skip", or just "?".</summary>
    public bool IsDontKnow(string text) => IsDontKnow(Read(text));

    /// <summary>Pieces received and ordered: "only 5 of the 12", "got 3 out of 10", "received 5, ordered 12", "5/12".</summary>
    public QuantityReport? ReadQuantities(string text)
    {
        var tokens = Read(text);
        var count = tokens.Count;

        // "5 of 12", "3 out of the 10", "5/12".
        for (var i = 0; i < count; i++)
        {
            if (!IsCount(tokens, i) || tokens.Has(i, TokenFlags.AfterSlash))
            {
                continue;
            }

            var next = i + 1;
            if (next < count && tokens.Has(next, TokenFlags.AfterSlash))
            {
                // Not a date such as 12/05/2024.
                if (next + 1 < count && tokens.Has(next + 1, TokenFlags.AfterSlash))
                {
                    continue;
                }

                if (Pair(tokens.Value[i], tokens.Value[next]) is { } slashed)
                {
                    return slashed;
                }

                continue;
            }

            var connector = next < count ? _of.MatchAt(tokens, next) : 0;
            if (connector == 0)
            {
                continue;
            }

            var k = next + connector;
            for (var skipped = 0; k < count && skipped < 2 && tokens.Value[k] < 0 && tokens.Has(k, TokenFlags.Filler); skipped++)
            {
                k++;
            }

            if (k < count && IsCount(tokens, k) && Pair(tokens.Value[i], tokens.Value[k]) is { } report)
            {
                return report;
            }
        }

        // "ordered 12 ... got 5": each count takes the nearest keyword before it in its clause, else just after it.
        Span<byte> role = count <= 256 ? stackalloc byte[count] : new byte[count];
        role.Clear();
        MarkRole(tokens, _ordered, role, 1);
        MarkRole(tokens, _received, role, 2);
        var ordered = -1;
        var received = -1;
        for (var i = 0; i < count; i++)
        {
            if (!IsCount(tokens, i) || tokens.Has(i, TokenFlags.AfterSlash) || (i + 1 < count && tokens.Has(i + 1, TokenFlags.AfterSlash)))
            {
                continue;
            }

            var found = RoleOf(tokens, role, i);
            if (found == 1 && ordered < 0)
            {
                ordered = tokens.Value[i];
            }
            else if (found == 2 && received < 0)
            {
                received = tokens.Value[i];
            }
        }

        return ordered >= 0 && received >= 0 ? Pair(received, ordered) : null;
    }

    /// <summary>The checklist item the text names ("I have the unboxing video"), if any.</summary>
    public EvidenceItem? MatchEvidence(string text, ProblemCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Checklist.Count == 0)
        {
            return null;
        }

        var index = _evidence.TryGetValue(category.Id, out var known) && SameChecklist(category)
            ? known
            : BuildEvidenceIndex(category);
        var best = BestDocument(index, Read(text), EvidenceScore);
        return best < 0 ? null : category.Checklist[best];
    }

    /// <summary>The choice whose words the buyer typed (or its number in the list), tolerant of typos; else null.</summary>
    public string? MatchChoice(string text, IReadOnlyList<ReplyChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = Read(text);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1 && tokens.Has(0, TokenFlags.Digits))
        {
            var number = tokens.Value[0];
            return number >= 1 && number <= choices.Count ? choices[number - 1].Id : null;
        }

        if (tokens.ContentCount > MaxChoiceWords)
        {
            return null;
        }

        var bestScore = 0.0;
        string? bestId = null;
        var tie = false;
        foreach (var choice in choices)
        {
            // The id counts only when typed in full ("in transit"): ids of one question share words ("arrived_yes").
            var score = ChoiceScore(tokens, LabelOf(choice.Label));
            if (score < ExactChoice && ChoiceScore(tokens, LabelOf(choice.Id.Replace('_', ' '))) >= ExactChoice)
            {
                score = ExactChoice;
            }
            if (score > bestScore)
            {
                bestScore = score;
                bestId = choice.Id;
                tie = false;
            }
            else if (score > 0 && score == bestScore)
            {
                tie = true;
            }
        }

        return tie ? null : bestId;
    }

    private static IEnumerable<string> AllPhrases(LanguagePack pack)
    {
        var v = pack.Vocabulary;
        foreach (var category in pack.Categories)
        {
            foreach (var cue in category.Cues)
            {
                yield return cue;
            }

            foreach (var item in category.Checklist)
            {
                yield return item.Text;
                foreach (var cue in item.Cues)
                {
                    yield return cue;
                }
            }
        }

        foreach (var entry in pack.Faq)
        {
            yield return entry.Question;
            foreach (var cue in entry.Cues)
            {
                yield return cue;
            }
        }

        foreach (var warning in pack.Warnings)
        {
            foreach (var cue in warning.Cues)
            {
                yield return cue;
            }
        }

        IEnumerable<IReadOnlyList<string>> lists =
        [
            v.Yes, v.No, v.Partly, v.Today, v.Yesterday, v.Tomorrow, v.Ago, v.Left, v.In, v.Day, v.Week, v.Month,
            v.PayPal, v.Card, v.DontKnow, v.Arrived, v.NotArrived, v.OtherPayment, v.QuantityOrdered,
            v.QuantityReceived, v.QuantityOf, v.Negation, v.Contrast, v.Filler,
        ];
        foreach (var phrase in lists.Concat(v.MonthNames).Concat(v.Numbers).Concat(v.Synonyms).SelectMany(list => list))
        {
            yield return phrase;
        }
    }

    private static int BestDocument(CueIndex index, TokenizedText tokens, double threshold)
    {
        if (tokens.Count == 0 || index.Documents == 0)
        {
            return -1;
        }

        Span<double> scores = index.Documents <= 64 ? stackalloc double[index.Documents] : new double[index.Documents];
        index.Score(tokens, scores);
        var best = -1;
        var bestScore = threshold;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= bestScore && (best < 0 || scores[i] > bestScore))
            {
                best = i;
                bestScore = scores[i];
            }
        }

        return best;
    }

    private static QuantityReport? Pair(int received, int ordered) =>
        received >= 0 && ordered > 0 && received <= ordered && ordered <= MaxQuantity ? new QuantityReport(received, ordered) : null;

    private static void MarkRole(TokenizedText tokens, PhraseSet words, Span<byte> role, byte value)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = words.MatchAt(tokens, i);
            for (var k = i; k < i + length; k++)
            {
                if (role[k] == 0)
                {
                    role[k] = value;
                }
            }
        }
    }

    /// <summary>The role (1 ordered, 2 received) of the keyword nearest before a count in its clause, else just after.</summary>
    private static byte RoleOf(TokenizedText tokens, Span<byte> role, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            if (tokens.Has(k + 1, TokenFlags.ClauseStart) || tokens.Value[k] >= 0)
            {
                break;
            }

            if (role[k] != 0)
            {
                return role[k];
            }
        }

        for (var k = index + 1; k < Math.Min(tokens.Count, index + 3); k++)
        {
            if (tokens.Has(k, TokenFlags.ClauseStart) || tokens.Value[k] >= 0)
            {
                break;
            }

            if (role[k] != 0)
            {
                return role[k];
            }
        }

        return 0;
    }

    private static double ChoiceScore(TokenizedText tokens, Label label)
    {
        if (label.Words.Length == 0)
        {
            return 0;
        }

        var inputWords = 0;
        var inputMatched = 0;
        var useFillers = tokens.ContentCount == 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!useFillers && tokens.Has(i, TokenFlags.Filler))
            {
                continue;
            }

            inputWords++;
            if (label.Contains(tokens.Word(i)))
            {
                if (tokens.Has(i, TokenFlags.Negated))
                {
                    return 0;
                }

                inputMatched++;
            }
        }

        var labelWords = 0;
        var labelMatched = 0;
        for (var w = 0; w < label.Words.Length; w++)
        {
            if (label.Filler[w] && label.ContentCount > 0)
            {
                continue;
            }

            labelWords++;
            for (var i = 0; i < tokens.Count; i++)
            {
                if ((useFillers || !tokens.Has(i, TokenFlags.Filler)) && Label.Same(tokens.Word(i), label.Words[w]))
                {
                    labelMatched++;
                    break;
                }
            }
        }

        if (inputWords == 0 || labelWords == 0)
        {
            return 0;
        }

        if (inputMatched == inputWords && labelMatched == labelWords)
        {
            return ExactChoice;
        }

        if (inputMatched == inputWords && labelMatched * 2 >= labelWords)
        {
            return 2;
        }

        return labelMatched == labelWords && inputWords <= labelWords + 3 ? 1.5 : 0;
    }

    private TokenizedText Read(string? text)
    {
        var tokens = TokenizedText.ForCurrentThread();
        if (text is not null && ReferenceEquals(tokens.Source, text) && ReferenceEquals(tokens.Reader, this))
        {
            return tokens;
        }

        TextScanner.Scan(text, tokens);
        Analyzer.Resolve(_lexicon, tokens);
        tokens.Source = text;
        tokens.Reader = this;
        return tokens;
    }

    private bool? ReadYesNo(TokenizedText tokens)
    {
        if (tokens.Count == 0 || IsDontKnow(tokens))
        {
            return null;
        }

        _yes.Occurs(tokens, out var yes, out _);
        var no = _no.Occurs(tokens, out _, out _);
        if (yes != no)
        {
            return yes;
        }

        if (!yes)
        {
            return null;
        }

        // Both: the word the answer starts with decides ("no, yes I see" is rare; "yes, no problem" is not).
        if (_yes.MatchAt(tokens, 0) > 0)
        {
            return true;
        }

        return _no.MatchAt(tokens, 0) > 0 ? false : null;
    }

    private bool IsDontKnow(TokenizedText tokens) =>
        tokens.OnlyQuestionMarks || (_dontKnow.Occurs(tokens, out var affirmed, out _) && affirmed);

    /// <summary>A number that counts pieces: not a day count ("5 days"), not part of a date ("12 March").</summary>
    private bool IsCount(TokenizedText tokens, int index)
    {
        if (tokens.Value[index] < 0)
        {
            return false;
        }

        if (index + 1 < tokens.Count && _dateWords.MatchAt(tokens, index + 1) > 0)
        {
            return false;
        }

        return index == 0 || _dateWords.MatchAt(tokens, index - 1) == 0;
    }

    private bool SameChecklist(ProblemCategory category)
    {
        var own = _pack.Categories.FirstOrDefault(c => c.Id == category.Id);
        if (own is null || ReferenceEquals(own, category))
        {
            return own is not null;
        }

        if (own.Checklist.Count != category.Checklist.Count)
        {
            return false;
        }

        for (var i = 0; i < own.Checklist.Count; i++)
        {
            if (own.Checklist[i].Id != category.Checklist[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Each item's cues, plus each word of its text that no other item of the checklist uses (weaker).</summary>
    private CueIndex BuildEvidenceIndex(ProblemCategory category)
    {
        var items = category.Checklist;
        var scratch = new TokenizedText();
        var wordsOf = new Dictionary<int, string>[items.Count];
        var usage = new Dictionary<int, int>();
        for (var i = 0; i < items.Count; i++)
        {
            wordsOf[i] = [];
            foreach (var word in items[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // One word at a time, so the cue is the word as written (a stem scanned again may change).
                TextScanner.Scan(word, scratch);
                Analyzer.Resolve(_lexicon, scratch);
                if (scratch.Count == 1 && scratch.Canon[0] >= 0 && scratch.Word(0).Length >= 3
                    && (scratch.Flags[0] & (TokenFlags.Filler | TokenFlags.Negator | TokenFlags.Digits)) == 0
                    && wordsOf[i].TryAdd(scratch.Canon[0], word))
                {
                    usage[scratch.Canon[0]] = usage.GetValueOrDefault(scratch.Canon[0]) + 1;
                }
            }
        }

        var cues = new List<(int, string, double)>();
        for (var i = 0; i < items.Count; i++)
        {
            cues.AddRange(items[i].Cues.Select(cue => (i, cue, 1.0)));
            cues.AddRange(wordsOf[i].Where(pair => usage[pair.Key] == 1).Select(pair => (i, pair.Value, KeywordStrength)));
        }

        return CueIndex.Build(_lexicon, items.Count, cues, CueSlack);
    }

    private Label LabelOf(string text)
    {
        if (_labels.TryGetValue(text, out var label))
        {
            return label;
        }

        var scratch = t_labelScratch ??= new TokenizedText();
        TextScanner.Scan(text, scratch);
        Analyzer.Resolve(_lexicon, scratch);
        var words = new string[Math.Min(scratch.Count, MaxChoiceWords)];
        var filler = new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = scratch.Word(i).ToString();
            filler[i] = scratch.Has(i, TokenFlags.Filler);
        }

        label = new Label(words, filler);
        if (_labels.Count >= MaxCachedLabels)
        {
            _labels.Clear();
        }

        _labels.TryAdd(text, label);
        return label;
    }

    /// <summary>A button's words, normalised like buyer text.</summary>
    private sealed class Label(string[] words, bool[] filler)
    {
        public string[] Words { get; } = words;

        public bool[] Filler { get; } = filler;

        public int ContentCount { get; } = filler.Count(f => !f);

        public static bool Same(ReadOnlySpan<char> typed, string word)
        {
            if (typed.SequenceEqual(word))
            {
                return true;
            }

            if (typed.Length < Lexicon.MinFuzzyLength || word.Length < Lexicon.MinFuzzyLength - 1 || typed[0] != word[0])
            {
                return false;
            }

            var max = typed.Length >= 9 ? 2 : 1;
            var distance = EditDistance.Bounded(typed, word, max);
            return distance <= max && (typed.Length >= 6 || typed.Length != word.Length || distance == 0 || IsSwap(typed, word));
        }

        public bool Contains(ReadOnlySpan<char> typed)
        {
            foreach (var word in Words)
            {
                if (Same(typed, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSwap(ReadOnlySpan<char> a, string b)
        {
            for (var i = 0; i < a.Length - 1; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] == b[i + 1] && a[i + 1] == b[i];
                }
            }

            return false;
        }
    }
}
