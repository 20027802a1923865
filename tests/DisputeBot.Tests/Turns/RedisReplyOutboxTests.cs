using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox in Redis: due times are the server's clock, so time passes for real (briefly).</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisReplyOutboxTests(RedisServerFixture redis) : ReplyOutboxContractTests
{
    private RedisTestStore? _store;

    protected override TimeSpan Lease => TimeSpan.FromMilliseconds(300);

    protected override async Task<IConversationStore> CreateStoreAsync()
    {
        _store = await RedisTestStore.ConnectAsync(redis.ConnectionString, RedisServerFixture.UniquePrefix("outbox"));
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
