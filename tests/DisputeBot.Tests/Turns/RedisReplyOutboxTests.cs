using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Turns;

/// <summary>The reply outbox in one redis-server, and what only Redis can show: the round trips of a turn.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisReplyOutboxTests(RedisServerFixture redis) : RedisReplyOutboxContract(redis.ConnectionString, "outbox")
{
    [Fact]
    public async Task A_turn_through_the_outbox_costs_one_read_one_save_and_a_delete_it_does_not_wait_for()
    {
        await using var store = await RedisTestStore.ConnectAsync(redis.ConnectionString, RedisServerFixture.UniquePrefix("outbox-trips"));
        var options = Options.Create(new TurnPipelineOptions());
        var channel = new ScriptedReplySender();
        var pipeline = new TurnPipeline(store.Store, new CountingDialog(), TimeProvider.System, options, NullLogger<TurnPipeline>.Instance);
        var dispatcher = new ReplyDispatcher(store.Store, [channel], options, NullLogger<ReplyDispatcher>.Instance);
        var key = new ConversationKey("telegram", "7");
        var route = new ReplyRoute(ScriptedReplySender.SenderName);
        async Task TurnAsync(string updateId) =>
            await dispatcher.DeliverAsync(key, await pipeline.RunAsync(key, CountingDialog.Text(updateId), null, route, default), route, null, default);

        // The connection runs its commands in order: once a ping answers, the deletes sent before it are done.
        var connection = store.Connection.GetDatabase();
        await TurnAsync("warm-up");
        await connection.PingAsync();
        var before = await redis.CommandCallsAsync();
        const int Turns = 20;
        for (var i = 0; i < Turns; i++)
        {
            await TurnAsync($"u{i}");
        }

        await connection.PingAsync();

        Assert.Equal(new Dictionary<string, long> { ["hmget"] = Turns, ["evalsha"] = Turns, ["hdel"] = Turns }, await redis.RoundTripsSinceAsync(before));
        Assert.Equal(Turns + 1, channel.Delivered.Count);
        Assert.Empty(await store.Store.FindPendingAsync(10, default));
    }
}
