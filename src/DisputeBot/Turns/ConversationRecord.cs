using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>What is stored per conversation: the dialog's state, fingerprints of recently handled updates (saved in
/// the same write, so a redelivery is recognised) and where to reach the user later.</summary>
/// <remarks>Internal setters rather than init-only or required properties: the serializer reads those through its
/// constructor path, which boxes every value and allocates per read, and every turn reads one.</remarks>
public sealed record ConversationRecord
{
    /// <summary>The version written and the only one read (version 1, never deployed, stored update ids rather than
    /// their <see cref="UpdateFingerprint"/>s); a record of another version starts the conversation afresh.</summary>
    public const int CurrentVersion = 2;

    /// <summary>How many recent updates are remembered: redeliveries come soon after the original.</summary>
    public const int RecentUpdateLimit = 16;

    [JsonPropertyName("v")]
    [JsonInclude]
    public int Version { get; internal set; } = CurrentVersion;

    [JsonPropertyName("d")]
    [JsonInclude]
    public DialogState Dialog { get; internal set; } = new();

    /// <summary>Fingerprints of the last <see cref="RecentUpdateLimit"/> updates handled, oldest first.</summary>
    [JsonPropertyName("u")]
    [JsonInclude]
    public IReadOnlyList<ulong> RecentUpdates { get; internal set; } = [];

    [JsonPropertyName("a")]
    [JsonInclude]
    public ConversationAddress? Address { get; internal set; }

    [JsonPropertyName("t")]
    [JsonInclude]
    public DateTimeOffset LastActivity { get; internal set; }

    /// <summary>The sequence number of the last turn whose replies went to the outbox: saved with the state, so each
    /// turn's entry is numbered after the previous one's, whichever instance ran it.</summary>
    [JsonPropertyName("o")]
    [JsonInclude]
    public long OutboxSequence { get; internal set; }

    /// <summary>The conversation's own key for signing its file download links (base64url of 32 random bytes), made
    /// when its first file is sent. It goes with the record, so /forget or the record's expiry kills every link.</summary>
    [JsonPropertyName("fk")]
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FileKey { get; internal set; }

    /// <summary>A new <see cref="FileKey"/>.</summary>
    public static string NewFileKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

/// <summary>Enough to send a message later without an incoming turn (a proactive message).</summary>
/// <remarks>Internal setters rather than a positional record or init-only properties, for the serializer's fast path
/// (see <see cref="ConversationRecord"/>).</remarks>
public sealed record ConversationAddress
{
    /// <summary>For the serializer.</summary>
    [JsonConstructor]
    internal ConversationAddress()
    {
    }

    public ConversationAddress(string channelId, string conversationId, string? serviceUrl = null, string? botId = null, string? userId = null, string? tenantId = null)
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        ServiceUrl = serviceUrl;
        BotId = botId;
        UserId = userId;
        TenantId = tenantId;
    }

    [JsonPropertyName("ch")]
    [JsonInclude]
    public string ChannelId { get; internal set; } = string.Empty;

    [JsonPropertyName("c")]
    [JsonInclude]
    public string ConversationId { get; internal set; } = string.Empty;

    [JsonPropertyName("su")]
    [JsonInclude]
    public string? ServiceUrl { get; internal set; }

    [JsonPropertyName("b")]
    [JsonInclude]
    public string? BotId { get; internal set; }

    [JsonPropertyName("us")]
    [JsonInclude]
    public string? UserId { get; internal set; }

    [JsonPropertyName("tn")]
    [JsonInclude]
    public string? TenantId { get; internal set; }
}
