using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox on a real Redis Cluster: state and outbox share a slot, the sweeper scans every master.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterReplyOutboxTests(RedisClusterFixture redis) : ReplyOutboxContractTests
{
    private RedisTestStore? _store;

    protected override TimeSpan Lease => TimeSpan.FromMilliseconds(300);

    protected override async Task<IConversationStore> CreateStoreAsync()
    {
        _store = await RedisTestStore.ConnectAsync(redis.ConnectionString, RedisServerFixture.UniquePrefix("cluster-outbox"));
        return _store.Store;
    }

    protected override Task PassTimeAsync(TimeSpan duration) => Task.Delay(duration);

    public override async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
