using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox contract on a Redis endpoint (one server or a cluster): due times are the server's
/// clock, so time passes for real (briefly).</summary>
public abstract class RedisReplyOutboxContract(string connectionString, string keySpace) : ReplyOutboxContractTests
{
    private RedisTestStore? _store;

    protected override TimeSpan Lease => TimeSpan.FromMilliseconds(300);

    protected override async Task<IConversationStore> CreateStoreAsync()
    {
        _store = await RedisTestStore.ConnectAsync(connectionString, RedisServerFixture.UniquePrefix(keySpace));
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
