using System.Globalization;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using StackExchange.Redis;

namespace DisputeBot.Tests.Storage;

/// <summary>The store contract against a real redis-server, and what only Redis can show: key layout, TTLs on
/// the keys themselves, deletion leaving nothing behind, one read and one write per turn.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisConversationStoreTests(RedisServerFixture redis) : RedisConversationStoreContract(redis.ConnectionString, "store")
{
    [Fact]
    public async Task A_conversation_is_one_hash_named_by_the_documented_layout()
    {
        var key = new ConversationKey("msteams", "29:1a-b;messageid=1@thread.tacv2");
        await Store.TrySaveAsync(key, Bytes("state"), null, default);

        var stored = Assert.Single(await redis.KeysAsync(Prefix));

        Assert.Equal($"{Prefix}0:conv:{{msteams/29%3A1a-b%3Bmessageid%3D1%40thread.tacv2}}", stored);
        Assert.Equal(RedisType.Hash, await redis.Admin.KeyTypeAsync(stored));
        var fields = (await redis.Admin.HashKeysAsync(stored)).Select(f => (string)f!).Order(StringComparer.Ordinal);
        Assert.Equal(["etag", "payload"], fields);
    }

    [Fact]
    public async Task Ids_with_braces_cannot_break_out_of_the_hash_tag()
    {
        ConversationKey[] keys = [new("webchat", "{x}"), new("webchat", "}{"), new("we{b", "chat}")];
        foreach (var key in keys)
        {
            await Store.TrySaveAsync(key, Bytes("state"), null, default);
        }

        foreach (var stored in await redis.KeysAsync(Prefix))
        {
            // Exactly one '{' and one '}', wrapping the escaped ids: the hash tag is the whole conversation id.
            Assert.Equal(1, stored.Count(c => c == '{'));
            Assert.Equal(1, stored.Count(c => c == '}'));
            Assert.EndsWith("}", stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_key_written_has_a_time_to_live_no_longer_than_configured()
    {
        var timeToLive = TimeSpan.FromDays(90);
        for (var i = 0; i < 5; i++)
        {
            var key = new ConversationKey("telegram", i.ToString(CultureInfo.InvariantCulture));
            var etag = await Store.TrySaveAsync(key, Bytes("first"), null, default);
            await Store.TrySaveAsync(key, Bytes("second"), etag, default);
            await Store.TrySaveAsync(new ConversationKey("msteams", $"{i}"), Bytes("star"), "*", default);
        }

        var keys = await redis.KeysAsync(Prefix);

        Assert.Equal(10, keys.Count);
        foreach (var key in keys)
        {
            var milliseconds = await PttlAsync(key);
            Assert.InRange(milliseconds, 1, (long)timeToLive.TotalMilliseconds);
        }
    }

    [Fact]
    public async Task Every_save_restarts_the_time_to_live()
    {
        var key = new ConversationKey("telegram", "1");
        var etag = await Store.TrySaveAsync(key, Bytes("first"), null, default);
        var stored = Assert.Single(await redis.KeysAsync(Prefix));

        // As if most of the 90 days had passed.
        await redis.Admin.KeyExpireAsync(stored, TimeSpan.FromMinutes(1));
        Assert.InRange(await PttlAsync(stored), 1, 60_000);
        await Store.TrySaveAsync(key, Bytes("second"), etag, default);

        Assert.InRange(await PttlAsync(stored), (long)TimeSpan.FromDays(89).TotalMilliseconds, (long)TimeSpan.FromDays(90).TotalMilliseconds);
    }

    [Fact]
    public async Task A_conflicting_save_leaves_the_stored_time_to_live_alone()
    {
        var key = new ConversationKey("telegram", "1");
        await Store.TrySaveAsync(key, Bytes("first"), null, default);
        var stored = Assert.Single(await redis.KeysAsync(Prefix));
        await redis.Admin.KeyExpireAsync(stored, TimeSpan.FromMinutes(1));

        Assert.Null(await Store.TrySaveAsync(key, Bytes("late"), "stale", default));

        Assert.InRange(await PttlAsync(stored), 1, 60_000);
    }

    [Fact]
    public async Task Delete_leaves_no_key_of_the_conversation_behind()
    {
        var forgotten = new ConversationKey("msteams", "29:1a-b;messageid=1@thread.tacv2");
        var kept = new ConversationKey("msteams", "29:other");
        await Store.TrySaveAsync(forgotten, Bytes("state"), null, default);
        await Store.TrySaveAsync(kept, Bytes("state"), null, default);

        await Store.DeleteAsync(forgotten, default);

        var remaining = await redis.KeysAsync(Prefix);
        Assert.DoesNotContain(remaining, k => k.Contains(RedisKeyLayout.HashTag(forgotten), StringComparison.Ordinal));
        Assert.Single(remaining, k => k.Contains(RedisKeyLayout.HashTag(kept), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_turn_costs_one_read_and_one_conditional_write()
    {
        var key = new ConversationKey("telegram", "1");
        var etag = await Store.TrySaveAsync(key, Bytes("warm-up"), null, default);
        var before = await redis.CommandCallsAsync();

        const int Turns = 20;
        for (var i = 0; i < Turns; i++)
        {
            var loaded = await Store.LoadAsync(key, default);
            etag = await Store.TrySaveAsync(key, Bytes($"turn {i}"), loaded!.ETag, default);
            Assert.NotNull(etag);
        }

        Assert.Equal(new Dictionary<string, long> { ["hmget"] = Turns, ["evalsha"] = Turns }, await redis.RoundTripsSinceAsync(before));
    }

    [Fact]
    public async Task A_save_after_the_server_forgot_the_script_still_writes()
    {
        var key = new ConversationKey("telegram", "1");
        var etag = await Store.TrySaveAsync(key, Bytes("first"), null, default);

        // As after a restart or a failover: the server no longer knows the script the client has sent before.
        await redis.Admin.ExecuteAsync("SCRIPT", "FLUSH");

        Assert.NotNull(await Store.TrySaveAsync(key, Bytes("second"), etag, default));
        Assert.Equal("second", Text(await Store.LoadAsync(key, default)));
    }

    private async Task<long> PttlAsync(string key) => (long)await redis.Admin.ExecuteAsync("PTTL", key);
}
