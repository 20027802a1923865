namespace DisputeBot.LoadTest.Shoppers;

/// <summary>One message the bot sent, channel-neutral: its text (cards flattened) and its buttons.</summary>
internal sealed record BotMessage(string Text, IReadOnlyList<OfferedChoice> Choices, bool IsCard = false)
{
    /// <summary>The same text and the same buttons (by id, or label when there is none), in the same order: how the
    /// same message sent twice in one turn, or the same question asked again, is recognised. Compared field by field
    /// rather than through a joined string, which cost a string per message per turn.</summary>
    public bool SameAs(BotMessage other)
    {
        if (!string.Equals(Text, other.Text, StringComparison.Ordinal) || Choices.Count != other.Choices.Count)
        {
            return false;
        }

        for (var i = 0; i < Choices.Count; i++)
        {
            if (!string.Equals(Choices[i].Id ?? Choices[i].Label, other.Choices[i].Id ?? other.Choices[i].Label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any message of a turn's replies is the same as an earlier one (a turn answered twice).</summary>
    public static bool AnyRepeated(IReadOnlyList<BotMessage> messages)
    {
        for (var i = 1; i < messages.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (messages[i].SameAs(messages[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
