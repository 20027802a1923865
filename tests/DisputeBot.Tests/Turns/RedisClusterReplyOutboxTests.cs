using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox on a real Redis Cluster: state and outbox share a slot, the sweeper scans every master.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterReplyOutboxTests(RedisClusterFixture redis) : RedisReplyOutboxContract(redis.ConnectionString, "cluster-outbox");
