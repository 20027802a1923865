using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline over a real Redis Cluster, each instance with its own cluster client.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterTurnPipelineTests(RedisClusterFixture redis) : TurnPipelineContractTests
{
    private readonly List<RedisTestStore> _stores = [];

    protected override async Task<IConversationStore[]> CreateStoresAsync(int instances)
    {
        var prefix = RedisServerFixture.UniquePrefix("cluster-pipeline");
        var stores = new IConversationStore[instances];
        for (var i = 0; i < instances; i++)
        {
            var store = await RedisTestStore.ConnectAsync(redis.ConnectionString, prefix);
            _stores.Add(store);
            stores[i] = store.Store;
        }

        return stores;
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
