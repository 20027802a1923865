namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Gives scanned tokens their word ids, numbers and flags, and marks negation: a negation word negates the next
/// <see cref="NegationReach"/> meaningful word of its clause, stopping at a contrast word ("not damaged, just the
/// wrong colour"). A lone "no" that starts the text before a filler ("no, it's broken", "no it is broken") answers
/// a question rather than negating.
/// </summary>
internal static class Analyzer
{
    public const int NegationReach = 1;
    public const int MaxDigits = 6;

    /// <summary>
    /// Typo look-ups per text. Each costs up to ~100 hash probes for a long word, so a text of thousands of unknown
    /// words stays cheap; a word repeated reuses its first look-up.
    /// </summary>
    public const int MaxTolerantLookups = 24;

    public static void Resolve(Lexicon lexicon, TokenizedText text)
    {
        var reach = 0;
        var position = 0;
        var content = 0;
        Span<int> lookedUp = stackalloc int[MaxTolerantLookups];
        var lookups = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var flags = text.Flags[i] & (TokenFlags.ClauseStart | TokenFlags.Digits | TokenFlags.AfterSlash | TokenFlags.Truncated);
            int raw;
            var value = -1;
            if ((flags & TokenFlags.Digits) != 0)
            {
                raw = Lexicon.Number;
                value = ParseNumber(text.Word(i));
            }
            else
            {
                raw = (flags & TokenFlags.Truncated) != 0 ? -1 : lexicon.Find(text.Word(i));
                if (raw < 0 && (flags & TokenFlags.Truncated) == 0 && text.Length[i] >= Lexicon.MinFuzzyLength)
                {
                    raw = Tolerant(lexicon, text, i, lookedUp, ref lookups);
                }

                value = lexicon.NumberValue(raw);
            }

            text.Raw[i] = raw;
            text.Canon[i] = lexicon.Canon(raw);
            text.Value[i] = value;

            if ((flags & TokenFlags.ClauseStart) != 0)
            {
                reach = 0;
            }

            if (lexicon.IsFiller(raw))
            {
                flags |= TokenFlags.Filler;
            }

            if (lexicon.IsNegator(raw))
            {
                flags |= TokenFlags.Negator;
                var answersQuestion = i == 0 && lexicon.IsAnswerNo(raw)
                    && (i + 1 >= text.Count || IsFillerAhead(lexicon, text, i + 1));
                reach = answersQuestion ? 0 : NegationReach;
            }
            else if (lexicon.IsContrast(raw))
            {
                reach = 0;
            }
            else if ((flags & TokenFlags.Filler) == 0 && reach > 0)
            {
                flags |= TokenFlags.Negated;
                reach--;
            }

            if ((flags & TokenFlags.Filler) == 0)
            {
                text.Position[i] = position++;
                content++;
            }
            else
            {
                text.Position[i] = -1;
            }

            text.Flags[i] = flags;
        }

        text.ContentCount = content;

        // "only 1 dollar": an amount is no count of pieces, so neither it nor the "only" that weighs it matches a cue
        // that counts ("only one came", "only 1 of 2").
        for (var i = 0; i + 1 < text.Count; i++)
        {
            if (text.Value[i] >= 0 && lexicon.IsMoneyUnit(text.Raw[i + 1]))
            {
                text.Canon[i] = -1;
                if (i > 0 && lexicon.IsContrast(text.Raw[i - 1]))
                {
                    text.Canon[i - 1] = -1;
                }
            }
        }
    }

    /// <summary>The typo-tolerant id of an unknown word: reused if the word came before, else looked up if in budget.</summary>
    private static int Tolerant(Lexicon lexicon, TokenizedText text, int index, Span<int> lookedUp, ref int lookups)
    {
        var word = text.Word(index);
        for (var k = 0; k < lookups; k++)
        {
            if (text.Word(lookedUp[k]).SequenceEqual(word))
            {
                return text.Raw[lookedUp[k]];
            }
        }

        if (lookups >= lookedUp.Length)
        {
            return -1;
        }

        lookedUp[lookups++] = index;
        return lexicon.FindTolerant(word);
    }

    /// <summary>The next token is a filler in the same clause, or a new clause begins ("no, it is").</summary>
    private static bool IsFillerAhead(Lexicon lexicon, TokenizedText text, int next)
    {
        if (text.Has(next, TokenFlags.ClauseStart))
        {
            return true;
        }

        if (text.Has(next, TokenFlags.Digits) || text.Has(next, TokenFlags.Truncated))
        {
            return false;
        }

        return lexicon.IsFiller(lexicon.Find(text.Word(next)));
    }

    private static int ParseNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length > MaxDigits)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
