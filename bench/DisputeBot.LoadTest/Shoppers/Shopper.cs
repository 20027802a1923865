namespace DisputeBot.LoadTest.Shoppers;

/// <summary>One simulated shopper with one conversation. Only one worker holds it at a time, so its turns are
/// sequential, as a person's are.</summary>
internal sealed class Shopper(int number, ShopperPlan plan, string runTag)
{
    /// <summary>The longest dispute played: the bot remembers the last 16 update ids, so every turn can be checked.</summary>
    public const int MaxTurns = 16;

    public int Number { get; } = number;

    public ShopperPlan Plan { get; } = plan;

    public string ConversationId { get; } = $"bench-{runTag}-{number}";

    public string UserId { get; } = $"shopper-{runTag}-{number}";

    /// <summary>Telegram chat id (and user id): unique per shopper and per run.</summary>
    public long ChatId { get; } = 1_000_000_000L + number;

    /// <summary>Update ids of every turn sent, in order (activity ids, Telegram update ids).</summary>
    public List<string> SentUpdateIds { get; } = new(MaxTurns);

    /// <summary>Turns whose outcome is unknown (a timeout, a 5xx): the stored state may or may not hold them.</summary>
    public int UncertainTurns { get; set; }

    /// <summary>The replies to the last turn, oldest first.</summary>
    public IReadOnlyList<BotMessage> LastReplies { get; set; } = [];

    /// <summary>The last message that offered buttons, even if later messages came without.</summary>
    public BotMessage? LastQuestion { get; set; }

    public ShopperAction? LastAction { get; set; }

    /// <summary>The last request as sent, kept for redelivery.</summary>
    public byte[]? LastRequest { get; set; }

    public int LastInstance { get; set; }

    public HashSet<string> EvidenceTicked { get; } = [];

    public bool OfferSent { get; set; }

    public bool WarningSeen { get; set; }

    public bool SummarySeen { get; set; }

    /// <summary>How many times in a row the bot asked the same question (a sign the script is not understood).</summary>
    public int SameQuestionStreak { get; set; }

    public bool Finished { get; set; }

    public int Turns => SentUpdateIds.Count;
}
