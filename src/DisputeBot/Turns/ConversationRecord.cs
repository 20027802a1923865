using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>What is stored per conversation: the dialog's state, the ids of recently handled updates (saved in the
/// same write, so a redelivery is recognised) and where to reach the user later.</summary>
public sealed record ConversationRecord
{
    public const int CurrentVersion = 1;

    /// <summary>How many recent update ids are kept: redeliveries come soon after the original.</summary>
    public const int RecentUpdateLimit = 16;

    [JsonPropertyName("v")]
    public int Version { get; init; } = CurrentVersion;

    [JsonPropertyName("d")]
    public required DialogState Dialog { get; init; }

    [JsonPropertyName("u")]
    public IReadOnlyList<string> RecentUpdateIds { get; init; } = [];

    [JsonPropertyName("a")]
    public ConversationAddress? Address { get; init; }

    [JsonPropertyName("t")]
    public DateTimeOffset LastActivity { get; init; }
}

/// <summary>Enough to send a message later without an incoming turn (a proactive message).</summary>
/// <remarks>Properties rather than a positional record: the serializer reads an object with a constructor of six
/// parameters through a slower path that allocates per read, and every turn reads one.</remarks>
public sealed record ConversationAddress
{
    /// <summary>For the serializer.</summary>
    [JsonConstructor]
    public ConversationAddress()
    {
    }

    [SetsRequiredMembers]
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
    public required string ChannelId { get; init; }

    [JsonPropertyName("c")]
    public required string ConversationId { get; init; }

    [JsonPropertyName("su")]
    public string? ServiceUrl { get; init; }

    [JsonPropertyName("b")]
    public string? BotId { get; init; }

    [JsonPropertyName("us")]
    public string? UserId { get; init; }

    [JsonPropertyName("tn")]
    public string? TenantId { get; init; }
}
