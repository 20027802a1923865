using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Tests.Reminders;

/// <summary>The reminder schedule on a real three-master Redis Cluster: each script touches one shard's slot, and a
/// sweep reaches every shard wherever its slot lives.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterReminderScheduleTests(RedisClusterFixture redis) : ReminderScheduleContractTests
{
    private static readonly string[] ShardKeys = ["due", "lease", "ver"];

    private ConnectionMultiplexer? _connection;

    protected override async Task<IReminderSchedule> CreateAsync()
    {
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.Parse(redis.ConnectionString));
        return new RedisReminderSchedule(_connection, Options.Create(new StateStoreOptions { KeyPrefix = RedisServerFixture.UniquePrefix("cluster-reminders") }));
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_three_keys_of_a_shard_share_a_hash_slot_and_the_shards_spread_over_the_masters()
    {
        var prefix = RedisServerFixture.UniquePrefix("cluster-reminder-slots");
        var schedule = new RedisReminderSchedule(_connection!, Options.Create(new StateStoreOptions { KeyPrefix = prefix }));
        var keys = Enumerable.Range(0, 200).Select(i => new ConversationKey("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        foreach (var key in keys)
        {
            await schedule.WakeAsync(key, DateTimeOffset.UnixEpoch, default);
        }

        var shards = Enumerable.Range(0, RedisReminderSchedule.Shards)
            .Select(i => ShardKeys.Select(k => _connection!.HashSlot($"{prefix}rem:{{r{i:D2}}}:{k}")).Distinct().ToList())
            .ToList();
        Assert.All(shards, slots => Assert.Single(slots));
        var cluster = _connection!.GetServer(_connection.GetEndPoints()[0]).ClusterConfiguration!;
        var masters = shards.Select(s => cluster.GetBySlot(s[0])!.EndPoint).Distinct().Count();
        Assert.True(masters > 1, "the shards live on more than one master");
        Assert.Equal(keys.Count, (await schedule.ClaimDueAsync(DateTimeOffset.UnixEpoch, 1000, TimeSpan.FromMinutes(1), default)).Count);
    }
}
