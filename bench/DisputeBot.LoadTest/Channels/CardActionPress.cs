using System.Text.Json;

namespace DisputeBot.LoadTest.Channels;

/// <summary>What pressing a Bot Framework button sends: a text, a value, or both.</summary>
internal sealed record CardActionPress(string? Text, JsonElement? Value);
