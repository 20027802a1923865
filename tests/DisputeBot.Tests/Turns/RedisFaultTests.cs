using DisputeBot.Dialog.Conversation;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace DisputeBot.Tests.Turns;

/// <summary>Redis dies mid-conversation and comes back: the bot answers with a notice meanwhile, never crashes,
/// recovers by itself, and the stored state is intact. Each test has its own persistent server (append-only file,
/// fsync on every write) so that a kill loses no acknowledged write, as in production.</summary>
public sealed class RedisFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("telegram", "777");
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    private RedisServer? _server;
    private RedisTestStore? _store;

    private RedisServer Server => _server!;

    private RedisTestStore Store => _store!;

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartNewAsync(new RedisServerSettings(Persistent: true));
        _store = await RedisTestStore.ConnectAsync(_server.ConnectionString, RedisServerFixture.UniquePrefix("fault"));
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task While_redis_is_down_turns_get_a_notice_and_afterwards_the_conversation_goes_on()
    {
        var dialog = new CountingDialog();
        var pipeline = new TurnPipeline(Store.Store, dialog, TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new TurnPipelineOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TurnPipeline>.Instance);
        var health = new RedisHealthCheck(Store.Connection);
        Assert.Equal(TurnOutcome.Answered, (await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, default)).Outcome);
        Assert.Equal(TurnOutcome.Answered, (await pipeline.RunAsync(Key, CountingDialog.Text("u2"), null, default)).Outcome);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        await Server.StopAsync();

        for (var i = 0; i < 3; i++)
        {
            var down = await pipeline.RunAsync(Key, CountingDialog.Text("u3"), null, default);
            Assert.Equal(TurnOutcome.Unavailable, down.Outcome);
            Assert.Equal([new TextReply("notice: TemporarilyUnavailable")], down.Replies);
        }

        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        await Server.StartAsync();

        // The user tries again until the client has reconnected by itself (bounded only to avoid a hang).
        var back = await RetryUntilAnsweredAsync(pipeline, CountingDialog.Text("u3"));
        Assert.Equal([new TextReply("turn 3")], back.Replies);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
        var record = await ReadRecordAsync();
        Assert.Equal(3, record.Dialog.PromptId);
        Assert.Equal(["u1", "u2", "u3"], record.Dialog.EvidenceDone);
    }

    [Fact]
    public async Task A_kill_during_concurrent_turns_leaves_readable_state_that_counts_every_acknowledged_turn()
    {
        var dialog = new CountingDialog();
        var pipeline = new TurnPipeline(Store.Store, dialog, TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new TurnPipelineOptions { MaxConflictRetries = 20 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<TurnPipeline>.Instance);
        Assert.Equal(TurnOutcome.Answered, (await pipeline.RunAsync(Key, CountingDialog.Text("u0"), null, default)).Outcome);

        // Turns keep arriving, a few milliseconds apart and overlapping, while the server is killed under them.
        var answeredSoFar = 0;
        var turns = Enumerable.Range(1, 80).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i * 5);
            var result = await pipeline.RunAsync(Key, CountingDialog.Text($"u{i}"), null, default);
            if (result.Outcome == TurnOutcome.Answered)
            {
                Interlocked.Increment(ref answeredSoFar);
            }

            return result;
        })).ToList();
        var killAfter = DateTime.UtcNow + RecoveryTimeout;
        while (Volatile.Read(ref answeredSoFar) < 10 && DateTime.UtcNow < killAfter)
        {
            await Task.Delay(1);
        }

        await Server.StopAsync();
        var results = await Task.WhenAll(turns);

        Assert.All(results, r => Assert.Contains(r.Outcome, (TurnOutcome[])[TurnOutcome.Answered, TurnOutcome.Unavailable, TurnOutcome.Conflicted]));
        await Server.StartAsync();
        await RetryUntilAnsweredAsync(pipeline, CountingDialog.Text("after"));

        var record = await ReadRecordAsync();
        var answered = results.Count(r => r.Outcome == TurnOutcome.Answered);
        var unsure = results.Count(r => r.Outcome == TurnOutcome.Unavailable);
        output.WriteLine($"answered {answered}, unavailable {unsure}, conflicted {results.Length - answered - unsure}, stored {record.Dialog.PromptId}");

        // Every answered turn is stored; a turn whose reply was lost with the connection may be stored too.
        // Nothing is stored twice, and the count matches the ids.
        Assert.InRange(record.Dialog.PromptId, answered + 2, answered + unsure + 2);
        Assert.Equal(record.Dialog.PromptId, record.Dialog.EvidenceDone.Count);
        Assert.Equal(record.Dialog.EvidenceDone.Count, record.Dialog.EvidenceDone.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("after", record.Dialog.EvidenceDone[^1]);
    }

    private static async Task<TurnResult> RetryUntilAnsweredAsync(TurnPipeline pipeline, Turn turn)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while (true)
        {
            var result = await pipeline.RunAsync(Key, turn, null, default);
            if (result.Outcome == TurnOutcome.Answered || DateTime.UtcNow > deadline)
            {
                Assert.Equal(TurnOutcome.Answered, result.Outcome);
                return result;
            }

            Assert.Equal(TurnOutcome.Unavailable, result.Outcome);
            await Task.Delay(100);
        }
    }

    private async Task<ConversationRecord> ReadRecordAsync()
    {
        var stored = await Store.Store.LoadAsync(Key, default);
        Assert.NotNull(stored);
        var record = ConversationRecordJson.Deserialize(stored.Payload.Span);
        Assert.NotNull(record);
        return record;
    }
}
