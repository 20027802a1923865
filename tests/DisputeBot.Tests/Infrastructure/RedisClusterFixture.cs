using StackExchange.Redis;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// One real three-master <see cref="RedisCluster"/> shared by the tests of the <see cref="RedisClusterCollection"/>.
/// Tests keep apart by key prefix. Fails, never skips, when redis-server or redis-cli is not installed.
/// </summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    private RedisCluster? _cluster;
    private ConnectionMultiplexer? _admin;

    public RedisCluster Cluster => _cluster ?? throw new InvalidOperationException("The Redis cluster fixture has not started.");

    public string ConnectionString => Cluster.ConnectionString;

    /// <summary>A client for looking inside (not the one under test); it follows MOVED like any cluster client.</summary>
    public IDatabase Admin => (_admin ?? throw new InvalidOperationException("The Redis cluster fixture has not started.")).GetDatabase();

    /// <summary>Every key starting with <paramref name="prefix"/> on every master, by SCAN.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        foreach (var server in _admin!.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(pattern: RedisServerFixture.EscapeGlob(prefix) + "*", pageSize: 1000))
            {
                keys.Add(key!);
            }
        }

        return keys;
    }

    public async Task InitializeAsync()
    {
        _cluster = await RedisCluster.StartNewAsync();
        _admin = await ConnectionMultiplexer.ConnectAsync(_cluster.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.CloseAsync();
            await _admin.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
