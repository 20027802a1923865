using System.Text.Json.Serialization;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine.Wire;

/// <summary>A page of activities and the watermark to ask from next time (also one WebSocket frame).</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);
