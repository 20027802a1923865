using System.Text.Json.Serialization;

namespace DisputeBot.Dialog.Conversation;

/// <summary>One recent message of a conversation, kept (shortened) only while a handoff is configured, for the
/// person who may take over.</summary>
public sealed record TranscriptLine(
    [property: JsonPropertyName("b")] bool FromBuyer,
    [property: JsonPropertyName("t")] string Text,
    [property: JsonPropertyName("at")] DateTimeOffset At);
