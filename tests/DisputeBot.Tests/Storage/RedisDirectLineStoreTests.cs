using System.Text;
using DisputeBot.Storage;
using DisputeBot.Storage.DirectLine;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace DisputeBot.Tests.Storage;

/// <summary>The Direct Line store on a real redis-server: bounded per conversation, expiring with it, in its slot,
/// and waking readers on another instance.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisDirectLineStoreTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan Idle = TimeSpan.FromDays(14);

    private readonly string _prefix = RedisServerFixture.UniquePrefix("directline");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly List<ConnectionMultiplexer> _connections = [];

    [Fact]
    public async Task A_conversations_log_keeps_at_most_its_byte_limit_and_item_limit_dropping_the_oldest()
    {
        var store = await StoreAsync(maxItems: 8, maxBytesPerConversation: 5000);
        await store.CreateAsync("c", "u", 100, default);

        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync("c", [new byte[900]], default);
        }

        var page = await store.ReadAfterAsync("c", null, default);
        var bytes = (long)await redis.Admin.HashGetAsync(Single(await redis.KeysAsync(_prefix + "dl:conv:")), "bytes");
        Assert.Equal(5, page!.Items.Count);
        Assert.Equal(15, page.First);
        Assert.Equal(20, page.Next);
        Assert.Equal(4500, bytes);

        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync("c", [Encoding.UTF8.GetBytes($"item {i}")], default);
        }

        page = await store.ReadAfterAsync("c", null, default);
        Assert.Equal(8, page!.Items.Count);
        Assert.Equal("item 19", Encoding.UTF8.GetString(page.Items[^1]));
    }

    [Fact]
    public async Task A_conversations_keys_share_its_hash_slot_and_expire_together_after_the_idle_timeout()
    {
        var store = await StoreAsync();
        await store.CreateAsync("a:b{c}", "u", 100, default);
        await store.AppendAsync("a:b{c}", [Encoding.UTF8.GetBytes("hello")], default);

        var keys = (await redis.KeysAsync(_prefix)).Where(k => !k.EndsWith("dl:open", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([$"{_prefix}dl:conv:{{directline/a%3Ab%7Bc%7D}}", $"{_prefix}dl:log:{{directline/a%3Ab%7Bc%7D}}"], keys);
        Assert.Single(keys.Select(Slot).Distinct());
        foreach (var key in keys)
        {
            var ttl = await redis.Admin.KeyTimeToLiveAsync(key);
            Assert.InRange(ttl!.Value, Idle - TimeSpan.FromMinutes(1), Idle);
        }
    }

    [Fact]
    public async Task Erasing_a_log_deletes_its_items_and_numbering_goes_on()
    {
        var store = await StoreAsync();
        await store.CreateAsync("c", "u", 100, default);
        await store.AppendAsync("c", [Encoding.UTF8.GetBytes("secret story")], default);

        await store.EraseLogAsync("c", default);
        var appended = await store.AppendAsync("c", [Encoding.UTF8.GetBytes("done")], default);

        Assert.Equal(1, appended);
        Assert.Equal(["done"], (await store.ReadAfterAsync("c", null, default))!.Items.Select(i => Encoding.UTF8.GetString(i)));
        Assert.Equal(1, await redis.Admin.ListLengthAsync(Single(await redis.KeysAsync(_prefix + "dl:log:"))));
    }

    [Fact]
    public async Task No_more_than_the_limit_of_conversations_are_open_across_instances()
    {
        var a = await StoreAsync();
        var b = await StoreAsync();

        Assert.True(await a.CreateAsync("1", "u", 3, default));
        Assert.True(await b.CreateAsync("2", "u", 3, default));
        Assert.True(await a.CreateAsync("3", "u", 3, default));
        Assert.False(await b.CreateAsync("4", "u", 3, default));
        Assert.True(await b.CreateAsync("4", "u", 4, default));
    }

    [Fact]
    public async Task A_reader_on_one_instance_wakes_when_another_instance_appends()
    {
        var reader = await StoreAsync();
        var writer = await StoreAsync();
        await writer.CreateAsync("c", "u", 100, default);

        // The first wait subscribes; wait until the subscription is live before relying on it.
        await WaitUntilSubscribedAsync();
        var waiting = reader.WaitForChangeAsync("c", default);
        Assert.False(waiting.IsCompleted);
        await writer.AppendAsync("c", [Encoding.UTF8.GetBytes("from the other instance")], default);

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("from the other instance", Encoding.UTF8.GetString((await reader.ReadAfterAsync("c", null, default))!.Items.Single()));

        async Task WaitUntilSubscribedAsync()
        {
            using var stop = new CancellationTokenSource();
            _ = reader.WaitForChangeAsync("warm-up", stop.Token);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((long)(await redis.Admin.ExecuteAsync("PUBSUB", "NUMSUB", _prefix + "dl:changed"))[1] == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await stop.CancelAsync();
        }
    }

    [Fact]
    public async Task A_conversation_never_opened_is_gone_for_every_call()
    {
        var store = await StoreAsync();

        Assert.Null(await store.FindAsync("nope", default));
        Assert.Null(await store.AppendAsync("nope", [Encoding.UTF8.GetBytes("x")], default));
        Assert.Null(await store.ReadAfterAsync("nope", null, default));
        Assert.False(await store.TryMarkStartedAsync("nope", default));
        Assert.Empty(await redis.KeysAsync(_prefix));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.CloseAsync();
            connection.Dispose();
        }
    }

    private async Task<RedisDirectLineStore> StoreAsync(int maxItems = 100, long maxBytesPerConversation = 100_000)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.Parse(redis.ConnectionString));
        _connections.Add(connection);
        return new RedisDirectLineStore(
            connection,
            Options.Create(new StateStoreOptions { KeyPrefix = _prefix }),
            new DirectLineStoreLimits(Idle, maxItems, maxBytesPerConversation, long.MaxValue),
            new DirectLineChangeSignals(),
            _clock);
    }

    private static string Single(IReadOnlyList<string> keys) => Assert.Single(keys);

    private int Slot(string key) => _connections[0].HashSlot(key);
}
