using System.Collections.Concurrent;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Recognises a button typed out instead of pressed: its number in the list, its words (all, or enough of them,
/// tolerant of typos), or its id typed in full. A negated typed word ("not damaged") rules its button out, and so
/// does a word typed plainly that the button negates ("chegou e não liga" for "Não, não chegou"); a tie is no answer.
/// </summary>
internal sealed class ChoiceMatcher(Lexicon lexicon)
{
    public const int MaxChoiceWords = 24;
    private const int MaxCachedLabels = 4096;
    private const double ExactChoice = 3;

    private readonly ConcurrentDictionary<string, ChoiceLabel> _labels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChoiceLabel> _idLabels = new(StringComparer.Ordinal);

    public string? Match(TokenizedText tokens, IReadOnlyList<ReplyChoice> choices)
    {
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
            var score = ChoiceScore(tokens, LabelOf(choice.Label, fromId: false));
            if (score < ExactChoice && ChoiceScore(tokens, LabelOf(choice.Id, fromId: true)) >= ExactChoice)
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

    private static double ChoiceScore(TokenizedText tokens, ChoiceLabel label)
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
            // A negated typed word never picks a button, so "no, it's held at customs" is read whole, not as "No".
            var negated = tokens.Has(i, TokenFlags.Negated);
            switch (label.Contains(tokens.Word(i), negated))
            {
                case true when !negated:
                    inputMatched++;
                    break;
                case true or false:
                    return 0;
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
                if ((useFillers || !tokens.Has(i, TokenFlags.Filler)) && ChoiceLabel.Same(tokens.Word(i), label.Words[w]))
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

    /// <summary>A button's words, cached (labels and ids come from content, so the set is small).</summary>
    private ChoiceLabel LabelOf(string text, bool fromId)
    {
        var cache = fromId ? _idLabels : _labels;
        if (cache.TryGetValue(text, out var label))
        {
            return label;
        }

        var scratch = new TokenizedText();
        TextScanner.Scan(fromId ? text.Replace('_', ' ') : text, scratch);
        Analyzer.Resolve(lexicon, scratch);
        var words = new string[Math.Min(scratch.Count, MaxChoiceWords)];
        var filler = new bool[words.Length];
        var negated = new bool[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = scratch.Word(i).ToString();
            filler[i] = scratch.Has(i, TokenFlags.Filler);
            negated[i] = scratch.Has(i, TokenFlags.Negated);
        }

        label = new ChoiceLabel(words, filler, negated);
        if (cache.Count >= MaxCachedLabels)
        {
            cache.Clear();
        }

        cache.TryAdd(text, label);
        return label;
    }
}
