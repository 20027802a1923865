using System.Text.Json.Serialization;

namespace DisputeBot.LoadTest.Channels;

/// <summary>The floor's request body.</summary>
internal sealed record FloorBody(
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("text")] string Text);
