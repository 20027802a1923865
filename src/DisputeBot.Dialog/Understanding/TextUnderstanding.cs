using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Dates;

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

    private const int CueSlack = 4;
    private const int TrapSlack = 10;

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

    /// <summary>"arrived in my country": an arrival on the way, which says the parcel has not come.</summary>
    private readonly PhraseSet _arrivedInTransit;

    /// <summary>Stops on the way ("local facility") and the words that arrive at them (arrived and delivered words):
    /// see <see cref="ArrivedAtStop"/>.</summary>
    private readonly PhraseSet _transitStops;
    private readonly PhraseSet _arrivalWords;

    /// <summary>How many words may stand between an arrival word and the stop it names ("arrived at the local facility").</summary>
    private const int StopReach = 3;

    /// <summary>Damage words ("snapped", "cracked") and missing words ("missing"): see <see cref="SaysDamage"/>.</summary>
    private readonly PhraseSet _damage;
    private readonly PhraseSet _missing;
    private readonly PhraseSet _dontKnow;
    private readonly PhraseSet _payPal;
    private readonly PhraseSet _card;
    private readonly PhraseSet _otherPayment;
    private readonly PhraseSet[] _facts;
    private readonly PhraseSet _greeting;
    private readonly PhraseSet _askPerson;
    private readonly PhraseSet _questionWords;

    /// <summary>Words that start an asked last sentence alone ("what", "how"), folded, as word sequences.</summary>
    private readonly string[][] _endWords;

    /// <summary>Verbs that start an asked last sentence only before a subject ("can" in "can i").</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endVerbs;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endSubjects;

    /// <summary>How many words of a message's last part <see cref="EndsAsQuestion"/> reads: the longest end phrase,
    /// and two for a verb and its subject.</summary>
    private readonly int _endWordsRead;
    private readonly QuantityReader _quantities;
    private readonly DateReader _dates;

    /// <summary>Any fixed day: a typed date and a button's date are compared as read on the same day.</summary>
    private static readonly DateOnly ReferenceDay = new(2000, 6, 15);
    private readonly PhraseSet _ordered;
    private readonly PhraseSet _openVerbs;
    private readonly PhraseSet _received;
    private readonly ChoiceMatcher _choices;
    private readonly Dictionary<string, ProblemCategory> _ownCategories;

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
            TrapSlack,
            strictNear: true);
        _ownCategories = pack.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var category in pack.Categories)
        {
            _evidence[category.Id] = EvidenceIndex.Build(_lexicon, category);
        }

        PhraseSet Set(IEnumerable<string> phrases) => PhraseSet.Build(_lexicon, phrases);
        _yes = Set(vocabulary.Yes);
        _no = Set(vocabulary.No);
        _partly = Set(vocabulary.Partly);
        _arrived = Set(vocabulary.Arrived);
        _notArrived = Set(vocabulary.NotArrived);
        _arrivedInTransit = Set(vocabulary.ArrivedInTransit);
        _transitStops = Set(vocabulary.TransitStops);
        _arrivalWords = Set(vocabulary.Arrived.Concat(vocabulary.Delivered));
        _damage = Set(vocabulary.DamageWords);
        _missing = Set(vocabulary.AmountMissing);
        _dontKnow = Set(vocabulary.DontKnow);
        _payPal = Set(vocabulary.PayPal);
        _card = Set(vocabulary.Card);
        _otherPayment = Set(vocabulary.OtherPayment);
        _greeting = Set(vocabulary.Greeting);
        _askPerson = Set(vocabulary.AskPerson);
        _questionWords = Set(vocabulary.QuestionWords);
        _endWords = FoldedPhrases(vocabulary.QuestionEndWords);
        _endVerbs = FoldedWords(vocabulary.QuestionEndVerbs);
        _endSubjects = FoldedWords(vocabulary.QuestionEndSubjects);
        _endWordsRead = Math.Max(2, _endWords.Select(p => p.Length).DefaultIfEmpty(0).Max());
        _facts = new PhraseSet[Enum.GetValues<FactPhrase>().Length];
        _facts[(int)FactPhrase.NotShipped] = Set(vocabulary.NotShipped);
        _facts[(int)FactPhrase.TrackingDelivered] = Set(vocabulary.TrackingDelivered);
        _facts[(int)FactPhrase.DisputeOpened] = Set(vocabulary.DisputeOpened);
        _facts[(int)FactPhrase.DisputeClosed] = Set(vocabulary.DisputeClosed);
        _facts[(int)FactPhrase.Refunded] = Set(vocabulary.Refunded);
        _facts[(int)FactPhrase.NoDispute] = Set(vocabulary.NoDispute);
        _facts[(int)FactPhrase.TimerEnded] = Set(vocabulary.TimerEnded);
        _facts[(int)FactPhrase.Timer] = Set(vocabulary.Timer);
        _facts[(int)FactPhrase.AlreadyDone] = Set(vocabulary.AlreadyDone);
        _facts[(int)FactPhrase.CancelAsked] = Set(vocabulary.CancelAsked);
        _facts[(int)FactPhrase.CancelRefused] = Set(vocabulary.CancelRefused);
        _facts[(int)FactPhrase.CancelDone] = Set(vocabulary.CancelDone);
        _facts[(int)FactPhrase.CancelNotAsked] = Set(vocabulary.CancelNotAsked);
        _facts[(int)FactPhrase.ReceiptConfirmed] = Set(vocabulary.ReceiptConfirmed);
        _facts[(int)FactPhrase.Guess] = Set(vocabulary.Guess);
        _facts[(int)FactPhrase.Paid] = Set(vocabulary.Paid);
        _facts[(int)FactPhrase.Evidence] = Set(vocabulary.Evidence);
        _facts[(int)FactPhrase.Shipped] = Set(vocabulary.Shipped);
        _facts[(int)FactPhrase.Delivered] = Set(vocabulary.Delivered);
        _facts[(int)FactPhrase.EvidenceHeld] = Set(vocabulary.EvidenceHeld);
        _openVerbs = Set(vocabulary.DisputeOpened.Select(p => p.Split(' ')[0]).Distinct());
        _ordered = Set(vocabulary.QuantityOrdered);
        _received = Set(vocabulary.QuantityReceived);
        _dates = new DateReader(pack.Vocabulary);
        _quantities = new QuantityReader(
            _ordered,
            _received,
            Set(vocabulary.QuantityOf),
            Set(vocabulary.QuantitySubset),
            _damage,
            Set(vocabulary.Day.Concat(vocabulary.Week).Concat(vocabulary.Month).Concat(vocabulary.MonthNames.SelectMany(m => m))
                .Concat(vocabulary.MoneyUnits)));
        _choices = new ChoiceMatcher(_lexicon);
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

    /// <summary>Every trap the text shows, best first: a pasted seller's message may ask to close the dispute and to
    /// confirm receipt at once.</summary>
    public IReadOnlyList<TrapWarning> DetectTraps(string text)
    {
        var tokens = Read(text);
        if (tokens.Count == 0 || _warnings.Documents == 0)
        {
            return [];
        }

        var scores = new double[_warnings.Documents];
        _warnings.Score(tokens, scores);
        return [.. Enumerable.Range(0, scores.Length).Where(i => scores[i] >= MatchScore).OrderByDescending(i => scores[i]).Select(i => _pack.Warnings[i])];
    }

    /// <summary>Whether a cue of the warning <paramref name="id"/> occurs in full in the text, not only with one word
    /// missing: "if i cancel when do i get my money back" comes near "close the dispute then i get my money" without
    /// naming any dispute.</summary>
    public bool TrapFullyMatches(string text, string id)
    {
        var warning = -1;
        for (var i = 0; i < _pack.Warnings.Count; i++)
        {
            if (_pack.Warnings[i].Id == id)
            {
                warning = i;
                break;
            }
        }

        var tokens = Read(text);
        if (warning < 0 || tokens.Count == 0)
        {
            return false;
        }

        Span<double> scores = _warnings.Documents <= 64 ? stackalloc double[_warnings.Documents] : new double[_warnings.Documents];
        _warnings.Score(tokens, scores);
        return scores[warning] >= CueIndex.FullMatch;
    }

    /// <summary>The common question the text asks, if any.</summary>
    public FaqEntry? MatchFaq(string text)
    {
        var index = BestDocument(_faq, Read(text), MatchScore);
        return index < 0 ? null : _pack.Faq[index];
    }

    /// <summary>Whether the text fits the common question <paramref name="id"/> as well as a match needs, even where
    /// another question fits it better: "the seller hasn't answered for a week, is that normal?" is about the seller's
    /// silence as much as it asks whether something is normal.</summary>
    public bool FaqFits(string text, string id)
    {
        var entry = -1;
        for (var i = 0; i < _pack.Faq.Count; i++)
        {
            if (_pack.Faq[i].Id == id)
            {
                entry = i;
                break;
            }
        }

        var tokens = Read(text);
        if (entry < 0 || tokens.Count == 0)
        {
            return false;
        }

        Span<double> scores = _faq.Documents <= 64 ? stackalloc double[_faq.Documents] : new double[_faq.Documents];
        _faq.Score(tokens, scores);
        return scores[entry] >= MatchScore;
    }

    /// <summary>Whether the parcel arrived: yes, no, or only part of it ("half", "some of it"); null if unclear.</summary>
    public Arrival? ReadArrival(string text) => ReadArrival(text, yesNoCounts: true);

    /// <summary>Whether some phrase of <paramref name="phrase"/>'s list occurs, negated or not ("no timer visible").</summary>
    internal bool Mentions(string text, FactPhrase phrase)
    {
        _facts[(int)phrase].Occurs(Read(text), out var affirmed, out var negated);
        return affirmed || negated;
    }

    /// <summary>Whether some phrase of <paramref name="phrase"/>'s list occurs, not negated ("not refunded" is not).</summary>
    internal bool Affirms(string text, FactPhrase phrase)
    {
        _facts[(int)phrase].Occurs(Read(text), out var affirmed, out _);
        return affirmed;
    }

    /// <summary>
    /// Whether the text may tick checklist items: a short answer ("label photo", "order page") may; a sentence only when
    /// it says the buyer has something ("i have photos of…", "filmed the unboxing"), or names a photo, video or
    /// screenshot without asking. "the label says 0.35kg" or "do i need the unboxing video?" tick nothing: the dispute
    /// text must not claim an attachment the buyer never said they have.
    /// </summary>
    /// <param name="atChecklist">The checklist asks what the buyer has: there a short answer counts as is, and so does a
    /// sentence that only says they have something ("i have that one too"). At any other question a sentence must name
    /// the proof ("i have photos of the label"): "i have 22 days", "only got 3 of the 5 pieces" tell no proof.</param>
    internal bool TellsEvidenceHeld(string text, bool atChecklist = true)
    {
        if (atChecklist && Read(text).Count <= ShortAnswerWords)
        {
            return true;
        }

        // Sentence by sentence: "i have the unboxing video. what else do i need?" tells; "do i need a photo?" asks.
        foreach (var sentence in text.Split(EvidenceSentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var asked = text.Contains(sentence + "?", StringComparison.Ordinal) || StartsAsQuestion(sentence);
            if (!asked && (Affirms(sentence, FactPhrase.Evidence) || (atChecklist && Affirms(sentence, FactPhrase.EvidenceHeld))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] EvidenceSentenceEnds = ['.', '!', '?', ';', '\n'];

    /// <summary>Longest answer that may name a checklist item without saying the buyer has it ("photo of the label").</summary>
    private const int ShortAnswerWords = 4;

    /// <summary>The buyer tells that receipt is confirmed: a receipt_confirmed phrase as written and not negated.
    /// As written, since the matcher's stemming would also take "can I confirm" for "I confirmed".</summary>
    internal bool TellsReceiptConfirmed(string text)
    {
        if (!Affirms(text, FactPhrase.ReceiptConfirmed))
        {
            return false;
        }

        foreach (var phrase in _pack.Vocabulary.ReceiptConfirmed)
        {
            if (ContainsWord(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The buyer tells of a dispute opened: a dispute_opened phrase not negated, and as written, since the
    /// matcher's stemming meets "opened" and "open", which would take "should I open a dispute?" for "I opened a
    /// dispute". A question about opening one ("do i open a dispute now") tells of none; a told one does, asked about
    /// or not ("I opened a dispute, what now?").</summary>
    internal bool SaysDisputeOpened(string text)
    {
        if (!Affirms(text, FactPhrase.DisputeOpened))
        {
            return false;
        }

        foreach (var phrase in _pack.Vocabulary.DisputeOpened)
        {
            if (ContainsWord(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The refund has come: a phrase of several words, or a one-word one as written ("refunded"), since the
    /// matcher's stemming would also take "a refund" in "offered a refund" for it.</summary>
    internal bool SaysRefunded(string text)
    {
        var tokens = Read(text);
        var set = _facts[(int)FactPhrase.Refunded];
        if (set.Longest(tokens) >= 2)
        {
            return true;
        }

        if (set.Longest(tokens) == 0)
        {
            return false;
        }

        foreach (var phrase in _pack.Vocabulary.Refunded)
        {
            if (!phrase.Contains(' ', StringComparison.Ordinal) && ContainsWord(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"not opened yet", "haven't filed it": a verb that opens a dispute (the first word of a dispute_opened
    /// phrase), negated, with nothing but small words after it. Said of the dispute, since no object is named.</summary>
    internal bool SaysNotOpenedYet(string text)
    {
        var tokens = Read(text);
        for (var i = tokens.Count - 1; i >= 1; i--)
        {
            if (!tokens.Has(i, TokenFlags.Filler))
            {
                return tokens.Has(i, TokenFlags.Negated) && _openVerbs.MatchAt(tokens, i) == 1;
            }
        }

        return false;
    }

    /// <summary>The order is not shipped, said in the list's words or with one word put in ("hasn't even shipped").</summary>
    internal bool SaysNotShipped(string text)
    {
        var tokens = Read(text);
        var set = _facts[(int)FactPhrase.NotShipped];
        set.Occurs(tokens, out var affirmed, out _);
        return affirmed || set.OccursWithOneWordIn(tokens);
    }

    /// <summary>The buyer asks for a person ("talk to a human", "real agent please"), with no negation in the few
    /// words before it ("I don't need a human").</summary>
    internal bool AsksForPerson(string text)
    {
        var tokens = Read(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = _askPerson.MatchAt(tokens, i);
            if (length > 0 && !PhraseSet.IsNegated(tokens, i, length) && !NegatedWithin(tokens, i, 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation among the <paramref name="words"/> words before <paramref name="at"/>, in its clause.</summary>
    private static bool NegatedWithin(TokenizedText tokens, int at, int words)
    {
        for (var k = at - 1; k >= Math.Max(0, at - words); k--)
        {
            if (tokens.Has(k + 1, TokenFlags.ClauseStart))
            {
                return false;
            }

            if (tokens.Has(k, TokenFlags.Negator))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text is only a greeting ("hi", "hello there!", "good morning").</summary>
    internal bool IsGreetingOnly(string text)
    {
        var tokens = Read(text);
        var greeted = false;
        for (var i = 0; i < tokens.Count;)
        {
            var length = _greeting.MatchAt(tokens, i);
            if (length > 0)
            {
                greeted = true;
                i += length;
            }
            else if (tokens.Has(i, TokenFlags.Filler))
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return greeted;
    }

    /// <summary>The message's last sentence asks, without a question mark ("…now he doesnt reply. can i reopen"):
    /// buyers often tell first and ask last. Stricter than <see cref="StartsAsQuestion"/>: a verb such as "can" counts
    /// only before a subject ("can i…", "is it…"), so a told clause ("…, was delivered on the 3rd") stays a statement.
    /// The words are the language's (vocabulary.yaml: question_end_words, question_end_verbs, question_end_subjects).</summary>
    internal bool EndsAsQuestion(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd(QuestionTail);
        var cut = end.LastIndexOfAny(SentenceEnds);
        if (cut <= 0 || cut >= end.Length - 1)
        {
            return false;
        }

        // The last part's first words, read in place and compared ignoring case (a lower-case copy cut into strings
        // cost every message about 0.5 KB). One range more than read: the last one holds the rest of the part.
        var tail = end[(cut + 1)..];
        Span<Range> words = stackalloc Range[_endWordsRead + 1];
        var count = tail.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count < 2)
        {
            return false;
        }

        foreach (var phrase in _endWords)
        {
            if (phrase.Length <= count && StartsWith(tail, words, phrase))
            {
                return true;
            }
        }

        return _endVerbs.Contains(tail[words[0]]) && _endSubjects.Contains(tail[words[1]]);
    }

    private static bool StartsWith(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!text[words[k]].Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] FoldedPhrases(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)];

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedWords(IEnumerable<string> words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] SentenceEnds = ['.', '!', ';', ','];

    /// <summary>Made once, as <see cref="SentenceEnds"/>: a char list written in a call is a new array on every call.</summary>
    private static readonly char[] QuestionTail = ['.', '!', ' '];

    /// <summary>The text asks something: it ends with "?", or starts or ends as a question in the language's own words
    /// (vocabulary.yaml: question_words, question_end_*), so a Russian or Spanish question is not taken for the
    /// buyer's story.</summary>
    internal bool LooksLikeQuestion(string text) =>
        text.AsSpan().TrimEnd().EndsWith('?') || StartsAsQuestion(text) || EndsAsQuestion(text);

    /// <summary>The text starts with a question word ("can I…", "how do…").</summary>
    internal bool StartsAsQuestion(string text)
    {
        var tokens = Read(text);
        for (var i = 0; i < tokens.Count && i < 3; i++)
        {
            // Skip a greeting or "so", "and" before the question ("hi, can I…"). A question word right after a subject
            // tells instead ("there is no timer", "it is broken", "i can't see it"), unless the subject ends a greeting
            // ("hi there, can I…").
            if (_questionWords.MatchAt(tokens, i) > 0)
            {
                return i == 0 || !_endSubjects.Contains(tokens.Word(i - 1))
                    || (i >= 2 && _greeting.MatchAt(tokens, i - 2) > 0);
            }

            if (_greeting.MatchAt(tokens, i) == 0 && !tokens.Has(i, TokenFlags.Filler))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Yes or no when the text starts with one ("no, it never came"); null otherwise.</summary>
    internal bool? ReadLeadingYesNo(string text)
    {
        var tokens = Read(text);
        if (tokens.Count == 0 || (_yes.MatchAt(tokens, 0) == 0 && _no.MatchAt(tokens, 0) == 0))
        {
            return null;
        }

        return ReadYesNo(tokens);
    }

    /// <inheritdoc cref="ReadArrival(string)"/>
    /// <param name="yesNoCounts">A plain yes or no answers arrival (only when that was the question).</param>
    internal Arrival? ReadArrival(string text, bool yesNoCounts)
    {
        var tokens = Read(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if ((_arrivedInTransit.Occurs(tokens, out var onTheWay, out _) && onTheWay) || ArrivedAtStop(tokens))
        {
            return Arrival.No; // "it only arrived in my country": on the way, not at the door
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

        if (saysNo || !yesNoCounts)
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

    /// <summary>The text names a damage ("snapped", "cracked", not "not broken") and nothing missing.</summary>
    internal bool SaysDamage(string text)
    {
        var tokens = Read(text);
        return _damage.Occurs(tokens, out var damaged, out _) && damaged && !(_missing.Occurs(tokens, out var missing, out _) && missing);
    }

    /// <summary>The text says it has not come ("hasn't even arrived", "still waiting"), whatever else it says.</summary>
    internal bool SaysNotArrived(string text)
    {
        var tokens = Read(text);
        _arrived.Occurs(tokens, out _, out var arrivedNegated);
        _notArrived.Occurs(tokens, out var notArrived, out _);
        return notArrived || arrivedNegated || (_arrivedInTransit.Occurs(tokens, out var onTheWay, out _) && onTheWay) || ArrivedAtStop(tokens);
    }

    /// <summary>The countdown named and denied ("i dont have any timer", "there's no countdown"): one the buyer cannot
    /// see. Not with a count left ("no protection left" tells that it ran out).</summary>
    internal bool DeniesTimer(string text)
    {
        _facts[(int)FactPhrase.Timer].Occurs(Read(text), out var affirmed, out var negated);
        if (!negated || affirmed)
        {
            return false;
        }

        foreach (var word in _pack.Vocabulary.Left)
        {
            if (ContainsWord(text, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>See <see cref="ArrivedAtStop(TokenizedText)"/>.</summary>
    internal bool SaysArrivedAtStop(string text) => ArrivedAtStop(Read(text));

    /// <summary>"arrived at the local facility", "delivered to the sorting center": an arrival word with a stop on the way
    /// at most <see cref="StopReach"/> words after it, in the same clause. Tracking names the stops a parcel passes; the
    /// buyer's door is none of them, so the parcel is still on its way.</summary>
    private bool ArrivedAtStop(TokenizedText tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = _arrivalWords.MatchAt(tokens, i);
            if (length == 0 || PhraseSet.IsNegated(tokens, i, length))
            {
                continue;
            }

            for (var k = i + length; k < tokens.Count && k <= i + length + StopReach; k++)
            {
                if (tokens.Has(k, TokenFlags.ClauseStart))
                {
                    break;
                }

                if (_transitStops.MatchAt(tokens, k) > 0)
                {
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>The payment a paying word names ("I paid by card, the seller offers PayPal" is card), or the payment
    /// that is the whole message ("by card"); null when the text only mentions one.</summary>
    internal PaymentMethod? ReadPaidWith(string text)
    {
        var tokens = Read(text);
        var paid = _facts[(int)FactPhrase.Paid];
        PaymentMethod? alone = null;
        var content = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = paid.MatchAt(tokens, i);
            if (length > 0)
            {
                // The method follows the paying word, past small words ("paid by my card").
                var j = i + length;
                while (j < tokens.Count && j < i + length + 3 && tokens.Has(j, TokenFlags.Filler) && PaymentAt(tokens, j) is null)
                {
                    j++;
                }

                if (j < tokens.Count && PaymentAt(tokens, j) is { } method)
                {
                    return method;
                }
            }

            if (tokens.Has(i, TokenFlags.Filler))
            {
                continue;
            }

            var named = PaymentAt(tokens, i);
            content++;
            alone = content == 1 ? named : null;
            if (named is not null)
            {
                // Skip the rest of the phrase ("credit card" is one name).
                i += Math.Max(Math.Max(_payPal.MatchAt(tokens, i), _card.MatchAt(tokens, i)), _otherPayment.MatchAt(tokens, i)) - 1;
            }
        }

        return alone;
    }

    private PaymentMethod? PaymentAt(TokenizedText tokens, int i)
    {
        var payPal = _payPal.MatchAt(tokens, i);
        var card = _card.MatchAt(tokens, i);
        var other = _otherPayment.MatchAt(tokens, i);
        if (payPal > 0)
        {
            return PaymentMethod.PayPal;
        }

        if (card == 0 && other == 0)
        {
            return null;
        }

        return card > other ? PaymentMethod.Card : PaymentMethod.Other;
    }

    /// <summary>"ordered a drill set, got hair clips": a word of ordering, then in a later clause a word of getting.</summary>
    internal bool SaysOrderedThenGot(string text)
    {
        var tokens = Read(text);
        var orderedAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (orderedAt < 0 && _ordered.MatchAt(tokens, i) > 0)
            {
                orderedAt = i;
            }
            else if (orderedAt >= 0 && i > orderedAt + 1 && _received.MatchAt(tokens, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I don't know", "can't see it", "skip", or just "?".</summary>
    public bool IsDontKnow(string text) => IsDontKnow(Read(text));

    /// <summary>Pieces received and ordered: "only 5 of the 12", "got 3 out of 10", "received 5, ordered 12", "5/12".</summary>
    public QuantityReport? ReadQuantities(string text) => _quantities.Read(Read(text));

    /// <summary>A count received said alone ("only 3 came"), when no count ordered goes with it.</summary>
    public int? ReadReceivedOnly(string text) => _quantities.ReadReceivedOnly(Read(text));

    /// <summary>The checklist item the text names ("I have the unboxing video"), if any.</summary>
    public EvidenceItem? MatchEvidence(string text, ProblemCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Checklist.Count == 0)
        {
            return null;
        }

        var items = MatchEvidenceItems(text, category);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>
    /// Every checklist item the text says the buyer has ("photos of the 9 mugs yes, no video" → the photo): the best
    /// match of the whole text first, then the best of each clause (a joining word such as "and" starts one: "screenshot
    /// of the tracking and my address" names two). Words from a negation to the end of its clause
    /// ("no unboxing video", "i didnt film the unboxing", "without a video") name what the buyer lacks, so they
    /// never tick anything.
    /// </summary>
    public IReadOnlyList<EvidenceItem> MatchEvidenceItems(string text, ProblemCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (category.Checklist.Count == 0)
        {
            return [];
        }

        var index = _evidence.TryGetValue(category.Id, out var known) && SameChecklist(category)
            ? known
            : EvidenceIndex.Build(_lexicon, category);
        var tokens = Read(text);
        var canon = tokens.Canon.AsSpan(0, tokens.Count).ToArray();

        // The masking below changes the shared tokens, so they must not be reused for this text.
        tokens.Source = null;
        var denied = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.Has(i, TokenFlags.ClauseStart) || _lexicon.IsContrast(tokens.Raw[i]))
            {
                denied = false;
            }

            denied |= tokens.Has(i, TokenFlags.Negator);
            if (denied)
            {
                canon[i] = -1;
            }
        }

        var found = new List<EvidenceItem>(2);
        AddBest(0, tokens.Count);
        for (var start = 0; start < tokens.Count;)
        {
            var end = start + 1;
            while (end < tokens.Count && !tokens.Has(end, TokenFlags.ClauseStart) && !_lexicon.IsJoining(tokens.Raw[end]))
            {
                end++;
            }

            if (start > 0 || end < tokens.Count)
            {
                AddBest(start, end);
            }

            start = end;
        }

        return found;

        void AddBest(int from, int to)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                tokens.Canon[i] = i >= from && i < to ? canon[i] : -1;
            }

            var best = BestDocument(index, tokens, EvidenceScore);
            if (best >= 0 && !found.Contains(category.Checklist[best]))
            {
                found.Add(category.Checklist[best]);
            }
        }
    }

    /// <summary>The choice whose words the buyer typed (or its number in the list), tolerant of typos; else null.</summary>
    public string? MatchChoice(string text, IReadOnlyList<ReplyChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var id = _choices.Match(Read(text), choices);
        if (id is null || choices.FirstOrDefault(c => c.Id == id) is not { } choice)
        {
            return id;
        }

        // "the day before yesterday" shares a word with the "Yesterday" button but names another day.
        var typed = _dates.Read(text, ReferenceDay, dayFirst: true);
        var button = _dates.Read(choice.Label, ReferenceDay, dayFirst: true);
        return typed.Date is { } day && button.Date is { } buttonDay && day != buttonDay ? null : id;
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
            v.PayPal, v.Card, v.DontKnow, v.Arrived, v.NotArrived, v.ArrivedInTransit, v.TransitStops, v.DamageWords, v.AmountMissing, v.OtherPayment, v.QuantityOrdered,
            v.QuantityReceived, v.QuantityOf, v.QuantitySubset, v.Negation, v.Contrast, v.Joining, v.Filler, v.Hour, v.LessThan, v.Shipped,
            v.Delivered, v.Paid, v.Timer, v.TimerEnded, v.NotShipped, v.AlreadyDone, v.ReceiptConfirmed, v.Guess, v.MoneyUnits, v.TrackingDelivered, v.DisputeOpened, v.DisputeClosed,
            v.Refunded, v.NoDispute, v.Greeting, v.QuestionWords, v.AskPerson, v.Evidence, v.CancelAsked, v.CancelRefused, v.CancelDone, v.CancelNotAsked,
        ];
        foreach (var phrase in lists.Concat(v.MonthNames).Concat(v.Weekdays).Concat(v.Numbers).Concat(v.Synonyms).SelectMany(list => list))
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

    private bool SameChecklist(ProblemCategory category)
    {
        if (!_ownCategories.TryGetValue(category.Id, out var own) || ReferenceEquals(own, category))
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

}
