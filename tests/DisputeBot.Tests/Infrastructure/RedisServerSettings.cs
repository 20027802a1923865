namespace DisputeBot.Tests.Infrastructure;

/// <summary>How a test's <see cref="RedisServer"/> runs.</summary>
/// <param name="Persistent">Keep data across a kill and restart (append-only file, fsync on every write).</param>
public sealed record RedisServerSettings(bool Persistent = false);
