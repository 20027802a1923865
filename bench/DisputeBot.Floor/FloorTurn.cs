using System.Text.Json.Serialization;

namespace DisputeBot.Floor;

/// <summary>What the load generator posts: a conversation id and a line of text, about the size of a chat message.</summary>
public sealed record FloorTurn(
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("text")] string Text);
