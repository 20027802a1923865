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
