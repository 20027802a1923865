namespace DisputeBot.LoadTest.Channels;

/// <summary>What pressing a Bot Framework button sends: a text, a value (kept as its raw JSON), or both.</summary>
internal sealed record CardActionPress(string? Text, string? RawValue);
