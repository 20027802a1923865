namespace DisputeBot.LoadTest.Shoppers;

/// <summary>One message the bot sent, channel-neutral: its text (cards flattened) and its buttons.</summary>
internal sealed record BotMessage(string Text, IReadOnlyList<OfferedChoice> Choices, bool IsCard = false)
{
    /// <summary>An exact fingerprint, to spot the same message sent twice in one turn.</summary>
    public string Fingerprint => Text + "|" + string.Join(",", Choices.Select(c => c.Id ?? c.Label));
}
