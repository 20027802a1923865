namespace DisputeBot.LoadTest.Redis;

/// <summary>One conversation's stored state as read back: its size and the update ids it remembers.</summary>
/// <param name="PayloadBytes">The serialized state (the hash's payload field, or the string value).</param>
/// <param name="MemoryUsageBytes">What Redis says the key costs it, overhead included (MEMORY USAGE).</param>
internal sealed record StoredConversation(string Key, int PayloadBytes, long MemoryUsageBytes, IReadOnlyList<string> UpdateIds);
