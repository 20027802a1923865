using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox in one redis-server.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisReplyOutboxTests(RedisServerFixture redis) : RedisReplyOutboxContract(redis.ConnectionString, "outbox");
