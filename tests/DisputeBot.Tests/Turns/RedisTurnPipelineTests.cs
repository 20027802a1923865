using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline over Redis, each instance with its own connection, as separate bot processes have.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisTurnPipelineTests(RedisServerFixture redis) : TurnPipelineContractTests
{
    private readonly List<RedisTestStore> _stores = [];

    protected override async Task<IConversationStore[]> CreateStoresAsync(int instances)
    {
        var prefix = RedisServerFixture.UniquePrefix("pipeline");
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

    [Fact]
    public async Task Forgetting_leaves_no_key_behind()
    {
        var store = await RedisTestStore.ConnectAsync(redis.ConnectionString, RedisServerFixture.UniquePrefix("forget"));
        _stores.Add(store);
        var pipeline = NewPipeline(store.Store, new CountingDialog());
        await pipeline.RunAsync(Key, CountingDialog.Text("u1"), new ConversationAddress("msteams", Key.ConversationId, "https://smba.example/amer/"), default);
        Assert.NotEmpty(await redis.KeysAsync(store.Prefix));

        await pipeline.RunAsync(Key, CountingDialog.Text("u2", "/forget"), null, default);

        Assert.Empty(await redis.KeysAsync(store.Prefix));
    }
}
