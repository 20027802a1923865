namespace DisputeBot.Storage.DirectLine;

/// <summary>Part of a conversation's log: <paramref name="Items"/> are numbered from <paramref name="First"/>;
/// <paramref name="Next"/> is the number the next appended item will get.</summary>
public sealed record DirectLineLogPage(long First, long Next, IReadOnlyList<byte[]> Items);
