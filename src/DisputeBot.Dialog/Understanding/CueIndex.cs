namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// The cues of a set of documents (categories, questions, warnings, evidence items) compiled for fast matching.
/// A cue is the bag of its meaningful words (fillers dropped, synonyms merged), each marked negated or not; it
/// matches in full when every word occurs, with the same negation, close together (within the cue's length plus
/// <see cref="Slack"/> meaningful words). Word order does not matter. Rarer words weigh more (by how many documents
/// use them), which scores partial matches.
/// </summary>
internal sealed class CueIndex
{
    /// <summary>Score of a full match of a one-word cue; each further word adds <see cref="WordBonus"/>.</summary>
    public const double FullMatch = 1.0;

    public const double WordBonus = 0.15;

    /// <summary>A cue of 4+ words with one (light) word missing.</summary>
    public const double NearMatch = 0.9;

    /// <summary>Partial matches score this times the share of the cue's weight found (when at least half).</summary>
    public const double PartialFactor = 0.6;

    /// <summary>Each further cue of the same document matched in full adds this (at most twice).</summary>
    public const double ExtraCueBonus = 0.15;

    public const int MaxSlots = 24;

    /// <summary>Per thread: without it a typed turn allocated 2.5–3.5 times as much (Dialog.TurnBenchmarks, 2026-12-07).</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly int[] _cueDocument;
    private readonly int[] _cueStart;
    private readonly int[] _cueLength;
    private readonly double[] _cueStrength;
    private readonly double[] _cueWeight;
    private readonly int[] _slotCanon;
    private readonly bool[] _slotNegated;
    private readonly double[] _slotWeight;

    /// <summary>Per slot: its word is used by at least <see cref="SharedDocuments"/> documents; see
    /// <see cref="Build"/>'s <c>strictNear</c>.</summary>
    private readonly bool[] _slotShared;

    /// <summary>A word used by this many documents is shared: for warnings, it is the trap's act ("close" for the
    /// three closing traps).</summary>
    public const int SharedDocuments = 3;

    /// <summary>Per canonical word id: (cue, slot) pairs, sorted by cue then slot.</summary>
    private readonly (int Cue, int Slot)[][] _postings;

    private CueIndex(
        int documents,
        int slack,
        int[] cueDocument,
        int[] cueStart,
        int[] cueLength,
        double[] cueStrength,
        int[] slotCanon,
        bool[] slotNegated,
        int lexiconSize,
        bool strictNear)
    {
        Documents = documents;
        Slack = slack;
        _cueDocument = cueDocument;
        _cueStart = cueStart;
        _cueLength = cueLength;
        _cueStrength = cueStrength;
        _slotCanon = slotCanon;
        _slotNegated = slotNegated;

        // Weights: ln(1 + documents / documents using the word).
        var documentsUsing = new Dictionary<int, HashSet<int>>();
        for (var cue = 0; cue < cueDocument.Length; cue++)
        {
            for (var s = cueStart[cue]; s < cueStart[cue] + cueLength[cue]; s++)
            {
                if (!documentsUsing.TryGetValue(slotCanon[s], out var set))
                {
                    documentsUsing[slotCanon[s]] = set = [];
                }

                set.Add(cueDocument[cue]);
            }
        }

        _slotWeight = new double[slotCanon.Length];
        _slotShared = new bool[slotCanon.Length];
        for (var s = 0; s < slotCanon.Length; s++)
        {
            _slotWeight[s] = Math.Log(1 + ((double)documents / documentsUsing[slotCanon[s]].Count));
            _slotShared[s] = strictNear && documentsUsing[slotCanon[s]].Count >= SharedDocuments;
        }

        _cueWeight = new double[cueDocument.Length];
        var postings = new List<(int, int)>?[lexiconSize];
        for (var cue = 0; cue < cueDocument.Length; cue++)
        {
            for (var s = cueStart[cue]; s < cueStart[cue] + cueLength[cue]; s++)
            {
                _cueWeight[cue] += _slotWeight[s];
                (postings[slotCanon[s]] ??= []).Add((cue, s));
            }
        }

        _postings = new (int, int)[lexiconSize][];
        for (var id = 0; id < lexiconSize; id++)
        {
            _postings[id] = postings[id]?.ToArray() ?? [];
        }
    }

    public int Documents { get; }

    /// <summary>How many extra meaningful words may stand between a full cue's words.</summary>
    public int Slack { get; }

    /// <summary>Cues left out because, without fillers and negations, no word remains: (document, cue).</summary>
    public IReadOnlyList<(int Document, string Cue)> Meaningless { get; private init; } = [];

    /// <summary>Compiles cues: (document index, phrase, strength: 1 for written cues, less for weaker hints). With
    /// <paramref name="strictNear"/>, a near match may not miss a shared word (<see cref="SharedDocuments"/>): a word
    /// several documents share weighs little, so it is the one a near match drops, yet in a seller's trap it is the act
    /// itself. "close the dispute and pay you by paypal" without "close" is "paid by paypal, dispute opened": the
    /// buyer's own facts, no trap.</summary>
    public static CueIndex Build(Lexicon lexicon, int documents, IEnumerable<(int Document, string Phrase, double Strength)> cues, int slack, bool strictNear = false)
    {
        var scratch = new TokenizedText();
        var cueDocument = new List<int>();
        var cueStart = new List<int>();
        var cueLength = new List<int>();
        var cueStrength = new List<double>();
        var slotCanon = new List<int>();
        var slotNegated = new List<bool>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var meaningless = new List<(int, string)>();
        foreach (var (document, phrase, strength) in cues)
        {
            TextScanner.Scan(phrase, scratch);
            Analyzer.Resolve(lexicon, scratch);
            var start = slotCanon.Count;
            for (var i = 0; i < scratch.Count && slotCanon.Count - start < MaxSlots; i++)
            {
                if (scratch.Has(i, TokenFlags.Filler) || scratch.Canon[i] < 0)
                {
                    continue;
                }

                slotCanon.Add(scratch.Canon[i]);
                slotNegated.Add(scratch.Has(i, TokenFlags.Negated));
            }

            // Word order does not matter, so "charger missing" and "missing charger" are the same cue.
            var key = document + ":" + string.Join(
                ' ',
                Enumerable.Range(start, slotCanon.Count - start).Select(s => slotCanon[s] + (slotNegated[s] ? "-" : "+")).Order(StringComparer.Ordinal));

            // A cue of fillers and negations only ("not here yet" if "here" and "yet" were fillers) would match any
            // negation; one with the same words as another cue of the document adds nothing.
            var meaningful = false;
            for (var s = start; s < slotCanon.Count; s++)
            {
                meaningful |= slotCanon[s] != Lexicon.Negation;
            }

            if (!meaningful)
            {
                meaningless.Add((document, phrase));
            }

            if (!meaningful || !seen.Add(key))
            {
                slotCanon.RemoveRange(start, slotCanon.Count - start);
                slotNegated.RemoveRange(start, slotNegated.Count - start);
                continue;
            }

            cueDocument.Add(document);
            cueStart.Add(start);
            cueLength.Add(slotCanon.Count - start);
            cueStrength.Add(strength);
        }

        return new CueIndex(
            documents, slack, [.. cueDocument], [.. cueStart], [.. cueLength], [.. cueStrength], [.. slotCanon], [.. slotNegated], lexicon.Count, strictNear)
        {
            Meaningless = meaningless,
        };
    }

    /// <summary>Scores every document against the text; <paramref name="scores"/> has one entry per document.</summary>
    public void Score(TokenizedText text, Span<double> scores)
    {
        scores.Clear();
        var scratch = t_scratch ??= new Scratch();
        scratch.Ensure(_cueDocument.Length, _slotCanon.Length);
        var touched = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var canon = text.Canon[i];
            if (canon < 0 || text.Has(i, TokenFlags.Filler))
            {
                continue;
            }

            var negated = text.Has(i, TokenFlags.Negated);
            var position = text.Position[i];
            var postings = _postings[canon];
            var p = 0;
            while (p < postings.Length)
            {
                var cue = postings[p].Cue;
                var chosen = -1;
                var oldest = int.MaxValue;
                var oldestSlot = -1;
                for (; p < postings.Length && postings[p].Cue == cue; p++)
                {
                    var slot = postings[p].Slot;
                    if (_slotNegated[slot] != negated)
                    {
                        continue;
                    }

                    var bit = 1 << (slot - _cueStart[cue]);
                    if ((scratch.Mask[cue] & bit) == 0)
                    {
                        if (chosen < 0)
                        {
                            chosen = slot;
                        }
                    }
                    else if (scratch.SlotPosition[slot] < oldest)
                    {
                        oldest = scratch.SlotPosition[slot];
                        oldestSlot = slot;
                    }
                }

                if (chosen < 0)
                {
                    chosen = oldestSlot;
                }

                if (chosen < 0)
                {
                    continue;
                }

                if (scratch.Mask[cue] == 0)
                {
                    scratch.Touched[touched++] = cue;
                }

                scratch.Mask[cue] |= 1 << (chosen - _cueStart[cue]);
                scratch.SlotPosition[chosen] = position;
                if (!scratch.Full[cue] && scratch.Mask[cue] == FullMask(cue) && Span(cue, scratch) <= _cueLength[cue] - 1 + Slack)
                {
                    scratch.Full[cue] = true;
                }
            }
        }

        Span<int> fullCues = scores.Length <= 128 ? stackalloc int[scores.Length] : new int[scores.Length];
        fullCues.Clear();
        for (var t = 0; t < touched; t++)
        {
            var cue = scratch.Touched[t];
            var score = CueScore(cue, scratch) * _cueStrength[cue];
            var document = _cueDocument[cue];
            if (scratch.Full[cue] && _cueStrength[cue] >= 1)
            {
                fullCues[document]++;
            }

            if (score > scores[document])
            {
                scores[document] = score;
            }

            scratch.Mask[cue] = 0;
            scratch.Full[cue] = false;
        }

        for (var d = 0; d < scores.Length; d++)
        {
            if (fullCues[d] > 1)
            {
                scores[d] += ExtraCueBonus * Math.Min(2, fullCues[d] - 1);
            }
        }
    }

    private double CueScore(int cue, Scratch scratch)
    {
        var length = _cueLength[cue];
        if (scratch.Full[cue])
        {
            return FullMatch + (WordBonus * (length - 1));
        }

        var mask = scratch.Mask[cue];
        var found = 0.0;
        var missing = 0;
        var sharedMissing = false;
        for (var s = 0; s < length; s++)
        {
            if ((mask & (1 << s)) != 0)
            {
                found += _slotWeight[_cueStart[cue] + s];
            }
            else
            {
                missing++;
                sharedMissing |= _slotShared[_cueStart[cue] + s];
            }
        }

        var share = found / _cueWeight[cue];
        if (length >= 4 && missing == 1 && !sharedMissing && share >= 0.75 && Span(cue, scratch) <= length - 1 + Slack)
        {
            return NearMatch;
        }

        return share >= 0.5 ? PartialFactor * share : 0;
    }

    private int FullMask(int cue) => _cueLength[cue] >= 31 ? -1 : (1 << _cueLength[cue]) - 1;

    /// <summary>Distance between the first and last matched words of the cue, in meaningful words.</summary>
    private int Span(int cue, Scratch scratch)
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        var mask = scratch.Mask[cue];
        for (var s = 0; s < _cueLength[cue]; s++)
        {
            if ((mask & (1 << s)) == 0)
            {
                continue;
            }

            var position = scratch.SlotPosition[_cueStart[cue] + s];
            min = Math.Min(min, position);
            max = Math.Max(max, position);
        }

        return max - min;
    }

    /// <summary>Per-thread working memory, reset after each use (only the cues touched).</summary>
    private sealed class Scratch
    {
        public int[] Mask { get; private set; } = [];

        public bool[] Full { get; private set; } = [];

        public int[] Touched { get; private set; } = [];

        public int[] SlotPosition { get; private set; } = [];

        public void Ensure(int cues, int slots)
        {
            if (Mask.Length < cues)
            {
                Mask = new int[cues];
                Full = new bool[cues];
                Touched = new int[cues];
            }

            if (SlotPosition.Length < slots)
            {
                SlotPosition = new int[slots];
            }
        }
    }
}
