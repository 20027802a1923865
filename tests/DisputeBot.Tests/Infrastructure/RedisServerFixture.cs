using StackExchange.Redis;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// One real redis-server shared by the tests of the <see cref="RedisServerCollection"/> (run one after another).
/// Tests keep apart by key prefix (<see cref="UniquePrefix"/>), not by flushing. Fails, never skips, when
/// redis-server is not installed.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;
    private ConnectionMultiplexer? _admin;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The Redis fixture has not started.");

    /// <summary>A client for looking inside the server (SCAN, PTTL, INFO, MEMORY); not the one under test.</summary>
    public IDatabase Admin => (_admin ?? throw new InvalidOperationException("The Redis fixture has not started.")).GetDatabase();

    public IServer AdminServer => _admin!.GetServer(_admin.GetEndPoints()[0]);

    public string ConnectionString => Server.ConnectionString;

    /// <summary>A key prefix no other test uses.</summary>
    public static string UniquePrefix(string name) => $"test:{name}:{Guid.NewGuid():N}:";

    /// <summary>Every key starting with <paramref name="prefix"/>, by SCAN (never KEYS).</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        var cursor = 0L;
        do
        {
            var reply = (RedisResult[])(await Admin.ExecuteAsync("SCAN", cursor.ToString(System.Globalization.CultureInfo.InvariantCulture), "MATCH", EscapeGlob(prefix) + "*", "COUNT", "1000"))!;
            cursor = long.Parse((string)reply[0]!, System.Globalization.CultureInfo.InvariantCulture);
            keys.AddRange(((RedisResult[])reply[1]!).Select(k => (string)k!));
        }
        while (cursor != 0);

        return keys;
    }

    /// <summary>Calls so far, by command (<c>INFO commandstats</c>).</summary>
    public async Task<Dictionary<string, long>> CommandCallsAsync()
    {
        var info = (string)(await Admin.ExecuteAsync("INFO", "commandstats"))!;
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // cmdstat_get:calls=5,usec=...
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var name = line[8..colon];
                var value = line[(colon + 1)..].Split(',')[0]["calls=".Length..];
                calls[name] = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return calls;
    }

    /// <summary>The round trips clients made since <paramref name="before"/> (<see cref="CommandCallsAsync"/>), by
    /// command: without the commands scripts ran inside (Redis counts them too, but they cost no round trip) and the
    /// clients' own housekeeping (this fixture's INFO, heartbeats).</summary>
    public async Task<Dictionary<string, long>> RoundTripsSinceAsync(Dictionary<string, long> before)
    {
        string[] insideScript = ["hget", "hset", "pexpire", "time", "hkeys", "select"];
        string[] housekeeping = ["info", "ping", "echo", "client", "cluster", "config", "subscribe", "role"];
        return (await CommandCallsAsync())
            .Select(a => (Command: a.Key, Calls: a.Value - before.GetValueOrDefault(a.Key)))
            .Where(a => a.Calls > 0 && !insideScript.Contains(a.Command) && !housekeeping.Contains(a.Command))
            .ToDictionary(a => a.Command, a => a.Calls, StringComparer.Ordinal);
    }

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartNewAsync();
        _admin = await ConnectionMultiplexer.ConnectAsync(_server.AdminConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.CloseAsync();
            _admin.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal static string EscapeGlob(string text) =>
        string.Concat(text.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));
}
