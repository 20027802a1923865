using DisputeBot.Analytics;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Tests.Analytics;

/// <summary>The analytics contract on a real three-master Redis Cluster: the claiming script's keys share a slot.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterAnalyticsStoreTests(RedisClusterFixture redis) : AnalyticsStoreContractTests, IDisposable
{
    private ConnectionMultiplexer? _connection;

    protected override IAnalyticsStore CreateStore()
    {
        _connection ??= ConnectionMultiplexer.Connect(redis.ConnectionString);
        return new RedisAnalyticsStore(_connection, Options.Create(new StateStoreOptions { KeyPrefix = RedisServerFixture.UniquePrefix("cluster-analytics") }));
    }

    public void Dispose() => _connection?.Dispose();
}
