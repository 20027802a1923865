using System.Text.Json.Serialization;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>getUpdates: <see cref="Offset"/> = last handled update_id + 1 confirms everything before it.</summary>
public sealed record GetUpdatesRequest(
    [property: JsonPropertyName("offset")] long? Offset,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("timeout")] int Timeout,
    [property: JsonPropertyName("allowed_updates")] IReadOnlyList<string> AllowedUpdates);
