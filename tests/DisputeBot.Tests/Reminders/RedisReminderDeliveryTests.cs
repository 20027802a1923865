using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Reminders;

/// <summary>Reminders on one real redis-server, each instance on its own connection, as two hosts have.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisReminderDeliveryTests(RedisServerFixture redis) : ReminderDeliveryContractTests
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix("reminder-delivery");
    private readonly List<RedisTestStore> _connections = [];

    protected override async Task<(IConversationStore Store, IReminderSchedule Schedule)> ConnectAsync()
    {
        var store = await RedisTestStore.ConnectAsync(redis.ConnectionString, _prefix);
        _connections.Add(store);
        return (store.Store, new RedisReminderSchedule(store.Connection, Options.Create(new StateStoreOptions { KeyPrefix = _prefix })));
    }

    /// <summary>A Redis outbox lease runs on the server's clock (the instances' clocks need not agree), which the
    /// test cannot move: it waits.</summary>
    protected override Task LetOutboxLeasesEndAsync(TimeSpan lease) => Task.Delay(lease + TimeSpan.FromMilliseconds(200));

    public override async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
