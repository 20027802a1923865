using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Storage;

/// <summary>A Redis store on its own connection (as one bot instance has), for tests.</summary>
internal sealed class RedisTestStore : IAsyncDisposable
{
    private RedisTestStore(RedisConnection connection, IConversationStore store, string prefix)
    {
        Connection = connection;
        Store = store;
        Prefix = prefix;
    }

    /// <summary>The key prefix this store writes under.</summary>
    public string Prefix { get; }

    public RedisConnection Connection { get; }

    public IConversationStore Store { get; }

    public static async Task<RedisTestStore> ConnectAsync(string connectionString, string keyPrefix, TimeSpan? timeToLive = null)
    {
        var connection = new RedisConnection(
            Options.Create(new RedisConnectionOptions { ConnectionString = connectionString }),
            NullLogger<RedisConnection>.Instance);
        await connection.StartAsync(CancellationToken.None);
        var options = new StateStoreOptions { KeyPrefix = keyPrefix, TimeToLive = timeToLive ?? TimeSpan.FromDays(90) };
        return new RedisTestStore(connection, new RedisConversationStore(connection, Options.Create(options)), keyPrefix);
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
