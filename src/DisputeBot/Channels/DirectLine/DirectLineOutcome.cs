namespace DisputeBot.Channels.DirectLine;

/// <summary>What became of a post: the id the log gave it, and whether the bot answered.</summary>
internal sealed record DirectLineOutcome(DirectLineOutcomeKind Kind, string Id)
{
    public static DirectLineOutcome Accepted(string id) => new(DirectLineOutcomeKind.Accepted, id);

    public static DirectLineOutcome NoBot(string id) => new(DirectLineOutcomeKind.NoBot, id);

    public static DirectLineOutcome BotFailed(string id) => new(DirectLineOutcomeKind.BotFailed, id);

    public static DirectLineOutcome Gone() => new(DirectLineOutcomeKind.Gone, string.Empty);
}

internal enum DirectLineOutcomeKind
{
    /// <summary>Logged and handled; the replies are in the log.</summary>
    Accepted,

    /// <summary>No bot is wired into this host.</summary>
    NoBot,

    /// <summary>The bot threw; the user's activity is logged but nothing answered it.</summary>
    BotFailed,

    /// <summary>The conversation ended (expired, or evicted from a full memory store) before the post was logged.</summary>
    Gone,
}
