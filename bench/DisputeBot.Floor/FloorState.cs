using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>The floor's per-conversation state: a turn count and the last text, a few dozen bytes of JSON.</summary>
public sealed record FloorState(
    [property: JsonPropertyName("n")] int Turns,
    [property: JsonPropertyName("last")] string? LastText);
