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
public sealed record ConversationAddress(
    [property: JsonPropertyName("ch")] string ChannelId,
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("su")] string? ServiceUrl = null,
    [property: JsonPropertyName("b")] string? BotId = null,
    [property: JsonPropertyName("us")] string? UserId = null,
    [property: JsonPropertyName("tn")] string? TenantId = null);
