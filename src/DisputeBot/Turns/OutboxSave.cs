namespace DisputeBot.Turns;

/// <summary>A save that added replies to the outbox: the new ETag, and the entries this instance now holds the lease
/// of and should send, in order (due older ones first, then the turn's own). Empty when an older entry is not due
/// yet: the new one waits behind it, for the next turn or the sweeper.</summary>
public sealed record OutboxSave(string ETag, IReadOnlyList<OutboxEntry> Claimed);
