using System.Globalization;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Reminders;

/// <summary>Reminders survive a Redis restart and an instance killed while it held claims: two instances on their own
/// persistent redis-server (append-only file, fsync on every write), the clock moved by the test.</summary>
public sealed class RedisReminderFaultTests : IAsyncLifetime
{
    private const int Conversations = 100;
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThreeDaysBefore = new(2026, 3, 19, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingSender _channel = new();
    private readonly string _prefix = RedisServerFixture.UniquePrefix("reminder-faults");
    private readonly List<RedisTestStore> _connections = [];
    private RedisServer? _server;

    public async Task InitializeAsync() => _server = await RedisServer.StartNewAsync(new RedisServerSettings(Persistent: true));

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reminders_scheduled_before_redis_restarted_are_each_sent_once_after_it()
    {
        var (a, _) = await InstanceAsync();
        var (b, _) = await InstanceAsync();
        await SetUpAsync(a, b);

        await _server!.StopAsync();
        await _server.StartAsync();

        _time.SetUtcNow(ThreeDaysBefore);
        await SweepUntilAsync(() => _channel.Reminders.Count >= Conversations, a, b);
        await DrainOutboxesAsync(a, b);
        AssertEachSentOnce();
    }

    [Fact]
    public async Task Claims_held_by_an_instance_that_was_killed_are_sent_by_another_once_their_lease_ends()
    {
        var (a, _) = await InstanceAsync();
        var (b, _) = await InstanceAsync();
        var (_, killed) = await InstanceAsync();
        await SetUpAsync(a, b);

        _time.SetUtcNow(ThreeDaysBefore);

        // The third instance claims half the due conversations and is killed before sending any.
        var held = await killed.ClaimDueAsync(_time.GetUtcNow(), Conversations / 2, Lease, default);
        Assert.Equal(Conversations / 2, held.Count);
        await SweepUntilAsync(() => _channel.Reminders.Count >= Conversations - held.Count, a, b);
        Assert.Equal(Conversations - held.Count, _channel.Reminders.Count);
        Assert.Empty(_channel.Reminders.Select(r => r.Key).Intersect(held.Select(h => h.Key)));

        _time.Advance(Lease);
        await SweepUntilAsync(() => _channel.Reminders.Count >= Conversations, a, b);
        AssertEachSentOnce();
    }

    private async Task<(ReminderInstance Instance, IReminderSchedule Schedule)> InstanceAsync()
    {
        var store = await RedisTestStore.ConnectAsync(_server!.ConnectionString, _prefix);
        _connections.Add(store);
        var schedule = new RedisReminderSchedule(store.Connection, Options.Create(new StateStoreOptions { KeyPrefix = _prefix }));
        return (new ReminderInstance(store.Store, schedule, _time, _channel, Lease), schedule);
    }

    private static async Task SetUpAsync(ReminderInstance a, ReminderInstance b) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, Conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await (i % 2 == 0 ? a : b).RemindersOnAsync(i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Both instances sweep, side by side, until <paramref name="done"/>; while their connections come back
    /// after a restart a sweep fails and is tried again (bounded only to avoid a hang). Two sweeps in a row that send
    /// nothing end it.</summary>
    private static async Task SweepUntilAsync(Func<bool> done, ReminderInstance a, ReminderInstance b)
    {
        var idle = 0;
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!done() && idle < 2 && DateTime.UtcNow < giveUp)
        {
            try
            {
                var sent = await Task.WhenAll(a.Sweeper.SweepOnceAsync(default), b.Sweeper.SweepOnceAsync(default));
                idle = sent.Sum() == 0 ? idle + 1 : 0;
            }
            catch (StoreUnavailableException)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>What the outbox sweeper of every instance does: once the outbox leases end (on the server's clock),
    /// sends the replies left there. The kill can come while the sent mark of a conversation's last reply (sent
    /// without waiting) is still on its way: that reply comes back with the restart, leased, and the reminder saved
    /// after it waits behind it, so that the buyer reads replies in order. Both go out when the lease ends.</summary>
    private static async Task DrainOutboxesAsync(ReminderInstance a, ReminderInstance b)
    {
        await Task.Delay(ReminderInstance.OutboxLease + TimeSpan.FromMilliseconds(500));
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await a.OutboxSweeper.SweepOnceAsync(default);
                await b.OutboxSweeper.SweepOnceAsync(default);
                return;
            }
            catch (StoreUnavailableException) when (DateTime.UtcNow < giveUp)
            {
                await Task.Delay(100);
            }
        }
    }

    private void AssertEachSentOnce()
    {
        var perConversation = _channel.Reminders.GroupBy(r => r.Key.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Conversations, perConversation.Count);
        Assert.All(perConversation, p => Assert.Equal(1, p.Value));
    }
}
