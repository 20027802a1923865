using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Storage;

/// <summary>The store contract against a real three-master Redis Cluster: every script and read lands on the master
/// that owns the conversation's slot.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterConversationStoreTests(RedisClusterFixture redis) : ConversationStoreContractTests
{
    private readonly List<RedisTestStore> _stores = [];
    private readonly string _prefix = RedisServerFixture.UniquePrefix("cluster");
    private int _storeCount;

    protected override TimeSpan ShortTimeToLive => TimeSpan.FromMilliseconds(300);

    protected override async Task<IConversationStore> CreateStoreAsync(TimeSpan timeToLive)
    {
        var store = await RedisTestStore.ConnectAsync(redis.ConnectionString, $"{_prefix}{_storeCount++}:", timeToLive);
        _stores.Add(store);
        return store.Store;
    }

    // Real time: Redis expires keys by its own clock.
    protected override Task PassTimeAsync(TimeSpan duration) => Task.Delay(duration);

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Conversations_spread_over_the_masters()
    {
        for (var i = 0; i < 30; i++)
        {
            await Store.TrySaveAsync(new ConversationKey("telegram", $"chat-{i}"), Bytes("state"), null, default);
        }

        var slots = await Task.WhenAll((await redis.KeysAsync(_prefix)).Select(redis.Cluster.KeySlotAsync));

        // 16384 slots in three ranges: thirty conversations on one master would mean the hash tag is not the id.
        Assert.Equal(30, slots.Length);
        Assert.True(slots.Select(s => s * 3 / 16384).Distinct().Count() > 1, "every conversation landed on one master");
    }
}
