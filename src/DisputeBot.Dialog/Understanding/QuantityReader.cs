namespace DisputeBot.Dialog.Understanding;

/// <summary>
/// Reads "pieces received of pieces ordered" from a text: "only 5 of the 12", "3 out of 10", "5/12", or counts
/// next to their keywords ("ordered 12 ... got 5"). Day counts ("5 days") and dates ("12 March", 12/05/2024) are not
/// counts. "2 of those 9" is a part of a count already said, never a received-of-ordered pair.
/// </summary>
internal sealed class QuantityReader(PhraseSet ordered, PhraseSet received, PhraseSet of, PhraseSet subset, PhraseSet damage, PhraseSet dateWords)
{
    public const int MaxQuantity = 100_000;

    public QuantityReport? Read(TokenizedText tokens)
    {
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

                // A leading zero is a date's shape ("03/05", "shipped 05/11"), never a count of pieces.
                if (LeadingZero(tokens, i) || LeadingZero(tokens, next))
                {
                    continue;
                }

                if (Pair(tokens.Value[i], tokens.Value[next]) is { } slashed)
                {
                    return slashed;
                }

                continue;
            }

            var connector = next < count ? of.MatchAt(tokens, next) : 0;
            if (connector == 0 || subset.MatchAt(tokens, next) > 0)
            {
                // "two of those nine are cracked" counts within the nine, it does not say what was ordered.
                continue;
            }

            var k = next + connector;
            for (var skipped = 0; k < count && skipped < 2 && tokens.Value[k] < 0 && tokens.Has(k, TokenFlags.Filler); skipped++)
            {
                k++;
            }

            if (k < count && IsCount(tokens, k) && Pair(tokens.Value[i], tokens.Value[k]) is { } report)
            {
                if (SaysWhatIsWrongWithSome(tokens, i, k) || DamageAfter(tokens, k))
                {
                    // "one of the 4 is bent": a part of the pieces that came, not 1 of 4 received.
                    continue;
                }

                return report;
            }
        }

        var (orderedCount, receivedCount) = KeywordCounts(tokens);
        return orderedCount >= 0 && receivedCount >= 0 ? Pair(receivedCount, orderedCount) : null;
    }

    /// <summary>A count of pieces received said without the count ordered ("i recounted, only 3 came"), when the text
    /// gives no pair; null otherwise.</summary>
    public int? ReadReceivedOnly(TokenizedText tokens)
    {
        if (Read(tokens) is not null)
        {
            return null;
        }

        var (orderedCount, receivedCount) = KeywordCounts(tokens);
        return orderedCount < 0 && receivedCount is >= 0 and <= MaxQuantity ? receivedCount : null;
    }

    /// <summary>"ordered 12 ... got 5": each count takes the nearest keyword before it in its clause, else just after
    /// it; -1 for a count not said.</summary>
    private (int Ordered, int Received) KeywordCounts(TokenizedText tokens)
    {
        var count = tokens.Count;
        Span<byte> role = count <= 256 ? stackalloc byte[count] : new byte[count];
        role.Clear();
        MarkRole(tokens, ordered, role, 1);
        MarkRole(tokens, received, role, 2);
        var orderedCount = -1;
        var receivedCount = -1;
        for (var i = 0; i < count; i++)
        {
            if (!IsCount(tokens, i) || tokens.Has(i, TokenFlags.AfterSlash) || (i + 1 < count && tokens.Has(i + 1, TokenFlags.AfterSlash)))
            {
                continue;
            }

            var found = RoleOf(tokens, role, i);
            if (found == 1 && orderedCount < 0)
            {
                orderedCount = tokens.Value[i];
            }
            else if (found == 2 && receivedCount < 0)
            {
                receivedCount = tokens.Value[i];
            }
        }

        return (orderedCount, receivedCount);
    }

    /// <summary>"N of M is/are …" with no word of ordering or receiving in its clause ("one of the 4 is bent", "2 of 6
    /// are cracked"): it says what is wrong with some of the pieces, not how many came.</summary>
    private bool SaysWhatIsWrongWithSome(TokenizedText tokens, int first, int second)
    {
        var from = first;
        while (from > 0 && !tokens.Has(from, TokenFlags.ClauseStart))
        {
            from--;
        }

        var to = second + 1;
        while (to < tokens.Count && !tokens.Has(to, TokenFlags.ClauseStart))
        {
            to++;
        }

        for (var k = from; k < to; k++)
        {
            if (ordered.MatchAt(tokens, k) > 0 || received.MatchAt(tokens, k) > 0)
            {
                return false;
            }
        }

        return second + 2 < to && tokens.Has(second + 1, TokenFlags.Filler) && tokens.Value[second + 1] < 0
            && !tokens.Has(second + 2, TokenFlags.Filler) && tokens.Value[second + 2] < 0;
    }

    /// <summary>"came with 2 of 4 propellers snapped": a damage word after the pair, in its sentence part, says what is
    /// wrong with some of the pieces that came.</summary>
    private bool DamageAfter(TokenizedText tokens, int second)
    {
        for (var k = second + 1; k < tokens.Count && k <= second + 4 && !tokens.Has(k, TokenFlags.ClauseStart); k++)
        {
            if (damage.MatchAt(tokens, k) > 0)
            {
                return true;
            }
        }

        return false;
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

    private static bool LeadingZero(TokenizedText tokens, int index)
    {
        var word = tokens.Word(index);
        return word.Length > 1 && word[0] == '0';
    }

    /// <summary>A number that counts pieces: not a day count ("5 days"), not part of a date ("12 March"), not an
    /// amount ("1 dollar"), not a model ("iphone 15", "a samsung one").</summary>
    private bool IsCount(TokenizedText tokens, int index)
    {
        if (tokens.Value[index] < 0)
        {
            return false;
        }

        if (index > 0 && !tokens.Has(index, TokenFlags.ClauseStart) && !tokens.Has(index - 1, TokenFlags.Filler)
            && tokens.Value[index - 1] < 0 && ordered.MatchAt(tokens, index - 1) == 0 && received.MatchAt(tokens, index - 1) == 0
            && of.MatchAt(tokens, index - 1) == 0 && dateWords.MatchAt(tokens, index - 1) == 0)
        {
            // A number right after a name is part of it: "the iphone 15", "got a samsung one".
            return false;
        }

        if (index + 1 < tokens.Count && dateWords.MatchAt(tokens, index + 1) > 0)
        {
            return false;
        }

        return index == 0 || dateWords.MatchAt(tokens, index - 1) == 0;
    }
}
