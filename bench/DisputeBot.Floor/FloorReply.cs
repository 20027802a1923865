using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>The floor's answer: one short text, like a bot's smallest reply.</summary>
public sealed record FloorReply(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("turns")] int Turns);
