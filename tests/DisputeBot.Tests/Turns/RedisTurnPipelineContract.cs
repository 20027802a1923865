using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline contract on a Redis endpoint (one server or a cluster), each instance with its own
/// connection, as separate bot processes have.</summary>
public abstract class RedisTurnPipelineContract(string connectionString, string keySpace) : TurnPipelineContractTests
{
    private readonly List<RedisTestStore> _stores = [];

    protected override async Task<IConversationStore[]> CreateStoresAsync(int instances)
    {
        var prefix = RedisServerFixture.UniquePrefix(keySpace);
        var stores = new IConversationStore[instances];
        for (var i = 0; i < instances; i++)
        {
            stores[i] = (await ConnectAsync(prefix)).Store;
        }

        return stores;
    }

    /// <summary>A store of its own, disposed with the test.</summary>
    protected async Task<(IConversationStore Store, string Prefix)> ConnectAsync(string prefix)
    {
        var store = await RedisTestStore.ConnectAsync(connectionString, prefix);
        _stores.Add(store);
        return (store.Store, store.Prefix);
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
