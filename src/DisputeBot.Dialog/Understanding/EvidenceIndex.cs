using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding;

/// <summary>The cues of one category's checklist, for naming evidence in words ("I have the unboxing video").</summary>
internal static class EvidenceIndex
{
    /// <summary>A word found only in one item's text ("ruler") points to it, more weakly than a written cue.</summary>
    public const double KeywordStrength = 0.6;

    private const int Slack = 4;

    /// <summary>Each item's cues, plus each word of its text that no other item of the checklist uses (weaker).</summary>
    public static CueIndex Build(Lexicon lexicon, ProblemCategory category)
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
                Analyzer.Resolve(lexicon, scratch);
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

        return CueIndex.Build(lexicon, items.Count, cues, Slack);
    }
}
