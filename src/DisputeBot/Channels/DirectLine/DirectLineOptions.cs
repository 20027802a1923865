using System.ComponentModel.DataAnnotations;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Settings of the self-hosted Direct Line 3.0 endpoint (section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The Direct Line secret clients present to <c>tokens/generate</c> or use directly. Empty means local
    /// mode: anyone who can reach the host may open a conversation (a start-up warning says so).</summary>
    public string? Secret { get; set; }

    /// <summary>Base64 key (at least 32 bytes) that signs tokens. Empty: a random key per process, so tokens do not
    /// survive a restart and are not valid on another instance.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid; clients refresh it before then (Web Chat every 15 minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "DirectLine:TokenLifetime must be between 1 minute and 1 day.")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1800);

    /// <summary>A conversation nobody touched for this long is forgotten with its log (its dialog state stays in the
    /// state store); the page's resume token lives as long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00", ErrorMessage = "DirectLine:ConversationIdleTimeout must be between 1 minute and 90 days.")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How many activities a conversation's log keeps; older ones are dropped.</summary>
    [Range(10, 100_000, ErrorMessage = "DirectLine:MaxActivitiesPerConversation must be between 10 and 100000.")]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>How many bytes (activity JSON) a conversation's log keeps; older activities are dropped.</summary>
    [Range(16 * 1024, 64 * 1024 * 1024, ErrorMessage = "DirectLine:MaxLogBytesPerConversation must be between 16 KB and 64 MB.")]
    public long MaxLogBytesPerConversation { get; set; } = 256 * 1024;

    /// <summary>All logs together, in the memory store (without Redis); beyond it the conversations touched least
    /// recently are forgotten.</summary>
    [Range(64 * 1024, 64L * 1024 * 1024 * 1024, ErrorMessage = "DirectLine:MaxLogBytes must be between 64 KB and 64 GB.")]
    public long MaxLogBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>How many conversations may be open at once (on all instances, with Redis); beyond that new ones get 503.</summary>
    [Range(1, 10_000_000, ErrorMessage = "DirectLine:MaxConversations must be between 1 and 10000000.")]
    public int MaxConversations { get; set; } = 20_000;

    /// <summary>The share of <see cref="MaxConversations"/> (percent) only clients holding the secret may open:
    /// anonymous page tokens cannot fill it.</summary>
    [Range(0, 90, ErrorMessage = "DirectLine:SecretReservePercent must be between 0 and 90.")]
    public int SecretReservePercent { get; set; } = 10;

    /// <summary>Largest accepted activity body (bytes); larger gets 413.</summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "DirectLine:MaxActivityBytes must be between 1 KB and 1 MB.")]
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Largest accepted upload body (bytes, all files together); larger gets 413.</summary>
    [Range(1024, 100 * 1024 * 1024, ErrorMessage = "DirectLine:MaxUploadBytes must be between 1 KB and 100 MB.")]
    public long MaxUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Most parts in one upload (the activity and the files); more gets 413 and nothing is kept.</summary>
    [Range(2, 1000, ErrorMessage = "DirectLine:MaxUploadParts must be between 2 and 1000.")]
    public int MaxUploadParts { get; set; } = 21;

    /// <summary>Posts (activities and uploads) allowed per conversation per second; beyond that 429.</summary>
    [Range(1, 10_000, ErrorMessage = "DirectLine:PostsPerSecond must be between 1 and 10000.")]
    public int PostsPerSecond { get; set; } = 10;

    /// <summary>New conversations (tokens, starts) allowed per client address per minute; beyond that 429.</summary>
    [Range(1, 100_000, ErrorMessage = "DirectLine:ConversationsPerMinutePerClient must be between 1 and 100000.")]
    public int ConversationsPerMinutePerClient { get; set; } = 30;

    /// <summary>Open WebSocket streams allowed per conversation.</summary>
    [Range(1, 100, ErrorMessage = "DirectLine:MaxStreamsPerConversation must be between 1 and 100.")]
    public int MaxStreamsPerConversation { get; set; } = 4;

    /// <summary>How often an idle stream gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "DirectLine:StreamKeepAlive must be between 1 second and 10 minutes.")]
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The bot's id in Direct Line activities.</summary>
    [Required(ErrorMessage = "DirectLine:BotId is required.")]
    public string BotId { get; set; } = "disputebot";

    /// <summary>The bot's display name in Direct Line activities.</summary>
    [Required(ErrorMessage = "DirectLine:BotName is required.")]
    public string BotName { get; set; } = "DisputeBot";

    /// <summary>The public base URL (https://bot.example.com/) when a proxy hides it; empty: taken from each request.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public bool IsLocalMode => string.IsNullOrEmpty(Secret);
}
