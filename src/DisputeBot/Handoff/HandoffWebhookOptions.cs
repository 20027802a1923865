namespace DisputeBot.Handoff;

/// <summary>The handoff webhook (section "Support"): any channel's handoff is posted there as signed JSON. The secret
/// comes from the environment or user secrets, never from a committed file.</summary>
public sealed class HandoffWebhookOptions
{
    public const string Section = "Support";

    /// <summary>Shortest secret accepted: 32 characters, as long as the HMAC-SHA256 key it becomes.</summary>
    public const int MinSecretLength = 32;

    /// <summary>Where each handoff is posted (https; plain http only for a loopback address). Empty: no webhook.</summary>
    public string? HandoffWebhookUrl { get; set; }

    /// <summary>The key of the HMAC-SHA256 signature the receiver checks.</summary>
    public string? HandoffWebhookSecret { get; set; }

    /// <summary>True (the default): a person answers the buyer in the chat through <c>POST /api/handoff/replies</c>,
    /// so the bot stays quiet while the case is open and posts the buyer's messages to the webhook. False: the
    /// receiver only takes the case (a ticket answered elsewhere) and the bot carries on.</summary>
    public bool HandoffAgentReplies { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(HandoffWebhookUrl);
}
