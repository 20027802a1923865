using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Tests.Reminders;

/// <summary>The reminder schedule in one redis-server.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisReminderScheduleTests(RedisServerFixture redis) : ReminderScheduleContractTests
{
    private ConnectionMultiplexer? _connection;

    protected override async Task<IReminderSchedule> CreateAsync()
    {
        _connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.Parse(redis.ConnectionString));
        return new RedisReminderSchedule(_connection, Options.Create(new StateStoreOptions { KeyPrefix = RedisServerFixture.UniquePrefix("reminders") }));
    }

    public override async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
