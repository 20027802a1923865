using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Every word a language pack's cues and vocabulary use, stemmed, with an id. Looks words up without allocating
/// and tolerates typos: a word of 4+ letters not found as written is matched to a known word one edit away (two for
/// 9+ letters), with the same first letter, through an index of the words with letters deleted. Short words only
/// match by a missing, extra or swapped letter, not a changed one ("face" is not "fake").
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Every run of digits.</summary>
    public const int Number = 0;

    /// <summary>Every negation word ("not", "never", "doesn't") after merging.</summary>
    public const int Negation = 1;

    public const int MinFuzzyLength = 4;
    public const int MaxFuzzyLength = 24;

    [Flags]
    private enum WordFlags : byte
    {
        None = 0,
        Filler = 1,
        Negator = 2,
        Contrast = 4,

        /// <summary>A one-word "no" answer ("no", "never"): at the start, before a filler, it answers, not negates.</summary>
        AnswerNo = 8,

        /// <summary>A money unit ("dollar", "usd"): a number before it is an amount, not a count.</summary>
        MoneyUnit = 16,

        /// <summary>A word that joins listed things ("and"): each side may name its own piece of proof.</summary>
        Joining = 32,
    }

    private readonly List<string> _words = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<int, int> _numberWords = [];
    private int[] _canon = [];
    private WordFlags[] _flags = [];
    private Dictionary<ulong, int[]> _deletions = [];

    private Lexicon()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Add("#num");
        Add("#not");
    }

    public int Count => _words.Count;

    /// <summary>Collects the words of every phrase of <paramref name="pack"/>; <paramref name="phrases"/> adds more.</summary>
    public static Lexicon Build(LanguagePack pack, IEnumerable<string> phrases)
    {
        var lexicon = new Lexicon();
        var scratch = new TokenizedText();
        foreach (var phrase in phrases)
        {
            lexicon.AddWords(phrase, scratch);
        }

        var vocabulary = pack.Vocabulary;
        var canon = new Dictionary<int, int>();
        var flags = new Dictionary<int, WordFlags>();

        void Flag(IEnumerable<string> words, WordFlags flag)
        {
            foreach (var word in words)
            {
                var ids = lexicon.Ids(word, scratch);
                if (ids.Count == 1)
                {
                    flags[ids[0]] = flags.GetValueOrDefault(ids[0]) | flag;
                }
            }
        }

        Flag(vocabulary.Filler, WordFlags.Filler);
        Flag(vocabulary.Contrast, WordFlags.Contrast);
        Flag(vocabulary.Joining, WordFlags.Joining);
        Flag(vocabulary.MoneyUnits, WordFlags.MoneyUnit);
        Flag(vocabulary.Negation, WordFlags.Negator);
        foreach (var no in vocabulary.No)
        {
            var ids = lexicon.Ids(no, scratch);
            if (ids.Count == 1)
            {
                flags[ids[0]] = flags.GetValueOrDefault(ids[0]) | WordFlags.AnswerNo;
            }
        }

        foreach (var group in vocabulary.Synonyms)
        {
            var head = -1;
            foreach (var word in group)
            {
                var ids = lexicon.Ids(word, scratch);
                if (ids.Count != 1)
                {
                    continue;
                }

                if (head < 0)
                {
                    head = ids[0];
                }

                canon.TryAdd(ids[0], head);
            }
        }

        for (var value = 0; value < vocabulary.Numbers.Count; value++)
        {
            foreach (var words in vocabulary.Numbers[value])
            {
                var ids = lexicon.Ids(words, scratch);
                if (ids.Count > 0)
                {
                    // "a dozen": the last word carries the number ("a" is filler).
                    lexicon._numberWords.TryAdd(ids[^1], value);
                }
            }
        }

        lexicon._canon = new int[lexicon.Count];
        lexicon._flags = new WordFlags[lexicon.Count];
        for (var id = 0; id < lexicon.Count; id++)
        {
            var f = flags.GetValueOrDefault(id);
            lexicon._flags[id] = f;
            lexicon._canon[id] = (f & WordFlags.Negator) != 0 ? Negation : canon.GetValueOrDefault(id, id);
        }

        lexicon._canon[Negation] = Negation;
        lexicon.BuildDeletionIndex();
        return lexicon;
    }

    public string WordOf(int id) => _words[id];

    public int Canon(int id) => id < 0 ? -1 : _canon[id];

    public bool IsFiller(int id) => id >= 0 && (_flags[id] & WordFlags.Filler) != 0;

    public bool IsNegator(int id) => id >= 0 && (_flags[id] & WordFlags.Negator) != 0;

    public bool IsContrast(int id) => id >= 0 && (_flags[id] & WordFlags.Contrast) != 0;

    public bool IsJoining(int id) => id >= 0 && (_flags[id] & WordFlags.Joining) != 0;

    public bool IsMoneyUnit(int id) => id >= 0 && (_flags[id] & WordFlags.MoneyUnit) != 0;

    public bool IsAnswerNo(int id) => id >= 0 && (_flags[id] & WordFlags.AnswerNo) != 0;

    /// <summary>The number a word stands for ("twelve" → 12), else -1.</summary>
    public int NumberValue(int id) => id >= 0 && _numberWords.TryGetValue(id, out var value) ? value : -1;

    /// <summary>The id of a stemmed word as written, else -1.</summary>
    public int Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The id of the known word closest to a misspelt one, else -1.</summary>
    public int FindTolerant(ReadOnlySpan<char> word)
    {
        var exact = Find(word);
        if (exact >= 0 || word.Length < MinFuzzyLength || word.Length > MaxFuzzyLength)
        {
            return exact;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        var maxDistance = MaxDistance(word.Length);
        var best = -1;
        var bestDistance = int.MaxValue;
        Consider(Hash(word, -1, -1), word, maxDistance, ref best, ref bestDistance);
        for (var i = 0; i < word.Length; i++)
        {
            Consider(Hash(word, i, -1), word, maxDistance, ref best, ref bestDistance);
            if (maxDistance >= 2)
            {
                for (var j = i + 1; j < word.Length; j++)
                {
                    Consider(Hash(word, i, j), word, maxDistance, ref best, ref bestDistance);
                }
            }
        }

        return best;
    }

    /// <summary>The ids of a phrase's words (stemmed like buyer text); words must be known (they are, after Build).</summary>
    public List<int> Ids(string phrase, TokenizedText scratch)
    {
        TextScanner.Scan(phrase, scratch);
        var ids = new List<int>(scratch.Count);
        for (var i = 0; i < scratch.Count; i++)
        {
            ids.Add(scratch.Has(i, TokenFlags.Digits) ? Number : Find(scratch.Word(i)));
        }

        return ids;
    }

    private void Consider(ulong hash, ReadOnlySpan<char> word, int maxDistance, ref int best, ref int bestDistance)
    {
        if (!_deletions.TryGetValue(hash, out var candidates))
        {
            return;
        }

        foreach (var id in candidates)
        {
            var known = _words[id].AsSpan();
            if (known[0] != word[0] || id == best)
            {
                continue;
            }

            var distance = EditDistance.Bounded(word, known, maxDistance);
            if (distance > maxDistance || (word.Length < 6 && distance == 1 && IsSubstitution(word, known)))
            {
                continue;
            }

            // A typo must not turn a word into a negation or a filler ("want" is not "wasnt"); a swap may ("dosent").
            if ((_flags[id] & (WordFlags.Negator | WordFlags.Filler)) != 0 && known.Length != word.Length)
            {
                continue;
            }

            if (distance < bestDistance || (distance == bestDistance && id < best))
            {
                best = id;
                bestDistance = distance;
            }
        }
    }

    private static int MaxDistance(int length) => length >= 9 ? 2 : 1;

    /// <summary>Same length, one letter changed (not swapped): too risky for short words.</summary>
    private static bool IsSubstitution(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length - 1; i++)
        {
            if (a[i] != b[i])
            {
                return !(a[i] == b[i + 1] && a[i + 1] == b[i]);
            }
        }

        return true;
    }

    /// <summary>FNV-1a of the word without the letters at <paramref name="skip1"/> and <paramref name="skip2"/>.</summary>
    private static ulong Hash(ReadOnlySpan<char> word, int skip1, int skip2)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            if (i == skip1 || i == skip2)
            {
                continue;
            }

            hash = (hash ^ word[i]) * 1099511628211UL;
        }

        return hash;
    }

    private void AddWords(string phrase, TokenizedText scratch)
    {
        TextScanner.Scan(phrase, scratch);
        for (var i = 0; i < scratch.Count; i++)
        {
            if (!scratch.Has(i, TokenFlags.Digits) && !scratch.Has(i, TokenFlags.Truncated))
            {
                Add(scratch.Word(i).ToString());
            }
        }
    }

    private int Add(string word)
    {
        if (_ids.TryGetValue(word, out var id))
        {
            return id;
        }

        id = _words.Count;
        _words.Add(word);
        _ids.Add(word, id);
        return id;
    }

    /// <summary>
    /// Each known word under its own hash and the hashes of it with one (two, for long words) letters deleted; a
    /// query's deletions meet these for any single insertion, deletion, change or swap.
    /// </summary>
    private void BuildDeletionIndex()
    {
        var index = new Dictionary<ulong, List<int>>();
        void Put(ulong hash, int id)
        {
            if (!index.TryGetValue(hash, out var ids))
            {
                index[hash] = ids = [];
            }

            if (ids.Count == 0 || ids[^1] != id)
            {
                ids.Add(id);
            }
        }

        for (var id = 2; id < _words.Count; id++)
        {
            var word = _words[id].AsSpan();
            if (word.Length < MinFuzzyLength - 1 || word.Length > MaxFuzzyLength + 2 || !char.IsLetter(word[0]))
            {
                continue;
            }

            Put(Hash(word, -1, -1), id);
            for (var i = 0; i < word.Length; i++)
            {
                Put(Hash(word, i, -1), id);
                if (word.Length >= 8)
                {
                    for (var j = i + 1; j < word.Length; j++)
                    {
                        Put(Hash(word, i, j), id);
                    }
                }
            }
        }

        _deletions = index.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }
}
