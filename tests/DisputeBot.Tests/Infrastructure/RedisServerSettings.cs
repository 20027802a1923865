namespace DisputeBot.Tests.Infrastructure;

/// <summary>How a <see cref="RedisServer"/> runs.</summary>
/// <param name="Persistent">Keep data across a kill and restart: append-only file, fsync on every write (tests) or
/// every second (<see cref="FsyncEverySecond"/>, benchmarks, as in infra/redis/redis.conf).</param>
/// <param name="FsyncEverySecond">With <paramref name="Persistent"/>: fsync once a second instead of on every write.</param>
/// <param name="ClusterEnabled">Run as a Redis Cluster node (<c>--cluster-enabled yes</c>); see <see cref="RedisCluster"/>.</param>
/// <param name="Executable">The redis-server binary; null finds it on the PATH.</param>
public sealed record RedisServerSettings(bool Persistent = false, bool FsyncEverySecond = false, bool ClusterEnabled = false, string? Executable = null);
