using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline over a real Redis Cluster, each instance with its own cluster client.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterTurnPipelineTests(RedisClusterFixture redis) : RedisTurnPipelineContract(redis.ConnectionString, "cluster-pipeline");
