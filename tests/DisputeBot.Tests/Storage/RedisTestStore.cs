using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Tests.Storage;

/// <summary>A Redis store on its own connection (as one bot instance has), for tests.</summary>
internal sealed class RedisTestStore : IAsyncDisposable
{
    private RedisTestStore(ConnectionMultiplexer connection, RedisConversationStore store, string prefix)
    {
        Connection = connection;
        Store = store;
        Prefix = prefix;
    }

    /// <summary>The key prefix this store writes under.</summary>
    public string Prefix { get; }

    public ConnectionMultiplexer Connection { get; }

    public RedisConversationStore Store { get; }

    public static async Task<RedisTestStore> ConnectAsync(string connectionString, string keyPrefix, TimeSpan? timeToLive = null)
    {
        // Configured as the host configures it (fail fast, never abort on connect).
        var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.Parse(connectionString));
        var options = new StateStoreOptions { KeyPrefix = keyPrefix, TimeToLive = timeToLive ?? TimeSpan.FromDays(90) };
        return new RedisTestStore(connection, new RedisConversationStore(connection, Options.Create(options)), keyPrefix);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.CloseAsync();
        await Connection.DisposeAsync();
    }
}
