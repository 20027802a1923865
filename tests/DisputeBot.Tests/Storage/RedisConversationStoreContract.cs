using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Storage;

/// <summary>The store contract on a Redis endpoint (one server or a cluster): each store gets its own key space, like a
/// fresh server, and time passes for real because Redis expires keys by its own clock.</summary>
public abstract class RedisConversationStoreContract(string connectionString, string keySpace) : ConversationStoreContractTests
{
    private readonly List<RedisTestStore> _stores = [];
    private int _storeCount;

    /// <summary>Every key of this test's stores starts with it.</summary>
    protected string Prefix { get; } = RedisServerFixture.UniquePrefix(keySpace);

    protected override TimeSpan ShortTimeToLive => TimeSpan.FromMilliseconds(300);

    protected override async Task<IConversationStore> CreateStoreAsync(TimeSpan timeToLive)
    {
        var store = await RedisTestStore.ConnectAsync(connectionString, $"{Prefix}{_storeCount++}:", timeToLive);
        _stores.Add(store);
        return store.Store;
    }

    protected override Task PassTimeAsync(TimeSpan duration) => Task.Delay(duration);

    public override async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
