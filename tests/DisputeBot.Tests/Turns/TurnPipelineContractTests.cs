using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Turns;

/// <summary>The turn pipeline over a real store, run against each store (a subclass per store). "Instances" are
/// separate pipelines with separate store clients, as separate bot processes would have.</summary>
public abstract class TurnPipelineContractTests : IAsyncLifetime
{
    protected static readonly ConversationKey Key = new("msteams", "29:1a-b;messageid=1@thread.tacv2");

    /// <summary>Store clients for <paramref name="instances"/> bot instances, all on the same backing state.</summary>
    protected abstract Task<IConversationStore[]> CreateStoresAsync(int instances);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Turns_of_one_conversation_accumulate_in_its_stored_state()
    {
        var (store, pipeline, _) = await SingleInstanceAsync();

        for (var i = 1; i <= 3; i++)
        {
            var result = await pipeline.RunAsync(Key, CountingDialog.Text($"u{i}"), null, default);
            Assert.Equal(TurnOutcome.Answered, result.Outcome);
            Assert.Equal([new TextReply($"turn {i}")], result.Replies);
        }

        var record = await ReadRecordAsync(store);
        Assert.Equal(3, record.Dialog.PromptId);
        Assert.Equal(["u1", "u2", "u3"], record.Dialog.EvidenceDone);
        Assert.Equal([UpdateFingerprint.Of("u1"), UpdateFingerprint.Of("u2"), UpdateFingerprint.Of("u3")], record.RecentUpdates);
    }

    [Fact]
    public async Task Only_the_last_sixteen_updates_are_remembered_and_a_redelivery_among_them_is_still_recognised()
    {
        var (store, pipeline, _) = await SingleInstanceAsync();

        for (var i = 1; i <= 20; i++)
        {
            await pipeline.RunAsync(Key, CountingDialog.Text($"u{i}"), null, default);
        }

        var again = await pipeline.RunAsync(Key, CountingDialog.Text("u5"), null, default);
        var record = await ReadRecordAsync(store);

        Assert.Equal(TurnOutcome.Duplicate, again.Outcome);
        Assert.Equal(Enumerable.Range(5, 16).Select(i => UpdateFingerprint.Of($"u{i}")), record.RecentUpdates);
    }

    [Fact]
    public async Task A_record_of_another_version_is_not_read_and_the_conversation_starts_afresh()
    {
        var (store, pipeline, _) = await SingleInstanceAsync();
        var saved = """{"v":1,"d":{"v":1,"s":"AskArrival","lang":"en","p":4,"q":"None","ev":[]},"u":[],"t":"2026-11-20T10:00:00+00:00"}"""u8.ToArray();
        Assert.NotNull(await store.TrySaveAsync(Key, saved, null, default));

        var next = await pipeline.RunAsync(Key, CountingDialog.Text("u3"), null, default);
        var record = await ReadRecordAsync(store);

        Assert.Equal(TurnOutcome.Answered, next.Outcome);
        Assert.Equal(1, record.Dialog.PromptId);
        Assert.Equal(ConversationRecord.CurrentVersion, record.Version);
    }

    [Fact]
    public async Task A_redelivered_update_is_answered_once()
    {
        var (store, pipeline, dialog) = await SingleInstanceAsync();

        var first = await pipeline.RunAsync(Key, CountingDialog.Text("update-7"), null, default);
        var again = await pipeline.RunAsync(Key, CountingDialog.Text("update-7"), null, default);

        Assert.Equal(TurnOutcome.Answered, first.Outcome);
        Assert.NotEmpty(first.Replies);
        Assert.Equal(TurnOutcome.Duplicate, again.Outcome);
        Assert.Empty(again.Replies);
        Assert.Equal(1, dialog.Runs);
        Assert.Equal(1, (await ReadRecordAsync(store)).Dialog.PromptId);
    }

    [Fact]
    public async Task A_redelivery_racing_the_original_on_another_instance_is_answered_once()
    {
        var stores = await CreateStoresAsync(2);
        var dialog = new CountingDialog();
        var pipelines = stores.Select(s => NewPipeline(s, dialog, maxRetries: 5)).ToArray();

        var deliveries = Enumerable.Range(0, 10).Select(i => pipelines[i % 2].RunAsync(Key, CountingDialog.Text("update-9"), null, default));
        var results = await Task.WhenAll(deliveries);

        Assert.Single(results, r => r.Outcome == TurnOutcome.Answered);
        Assert.All(results.Where(r => r.Outcome != TurnOutcome.Answered), r =>
        {
            Assert.Equal(TurnOutcome.Duplicate, r.Outcome);
            Assert.Empty(r.Replies);
        });
        Assert.Equal(1, (await ReadRecordAsync(stores[0])).Dialog.PromptId);
    }

    [Fact]
    public async Task Two_instances_running_200_concurrent_turns_lose_and_double_none()
    {
        const int Turns = 200;
        const int ResendLimit = 100;
        var gate = new ContendedStore.Gate();
        var stores = (await CreateStoresAsync(2)).Select(s => new ContendedStore(s, gate)).ToArray();
        var dialog = new CountingDialog();
        var pipelines = stores.Select(s => NewPipeline(s, dialog, maxRetries: 20)).ToArray();
        var outcomes = new ConcurrentQueue<TurnOutcome>();

        async Task<TurnResult> UserSends(int turn)
        {
            var pipeline = pipelines[turn % 2];
            var update = CountingDialog.Text($"u{turn.ToString(CultureInfo.InvariantCulture)}");
            for (var attempt = 1; ; attempt++)
            {
                var result = await pipeline.RunAsync(Key, update, null, default);
                outcomes.Enqueue(result.Outcome);

                // Asked to resend, the user sends the same message again (bounded, so a bug cannot hang the test).
                if (result.Outcome != TurnOutcome.Conflicted || attempt == ResendLimit)
                {
                    return result;
                }
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(0, Turns).Select(i => Task.Run(() => UserSends(i))));

        Assert.All(results, r => Assert.Equal(TurnOutcome.Answered, r.Outcome));
        Assert.Equal(Turns, outcomes.Count(o => o == TurnOutcome.Answered));
        Assert.DoesNotContain(TurnOutcome.Duplicate, outcomes);
        Assert.DoesNotContain(TurnOutcome.Unavailable, outcomes);
        Assert.True(stores.Sum(s => s.Conflicts) > 0, "the turns never raced, so the test proved nothing");

        var record = await ReadRecordAsync(stores[0]);
        Assert.Equal(Turns, record.Dialog.PromptId);
        Assert.Equal(Turns, record.Dialog.EvidenceDone.Count);
        Assert.Equal(Enumerable.Range(0, Turns).Select(i => $"u{i}").Order(StringComparer.Ordinal), record.Dialog.EvidenceDone.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_stored_state_without_the_fields_it_did_not_need_reads_with_their_defaults()
    {
        var (store, pipeline, _) = await SingleInstanceAsync();
        var saved = """{"v":2,"d":{"s":"AskArrival","p":4},"t":"2026-11-20T10:00:00+00:00"}"""u8.ToArray();
        Assert.NotNull(await store.TrySaveAsync(Key, saved, null, default));

        var result = await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, default);
        var record = await ReadRecordAsync(store);

        Assert.Equal(TurnOutcome.Answered, result.Outcome);
        Assert.Equal(5, record.Dialog.PromptId);
        Assert.Equal(["u1"], record.Dialog.EvidenceDone);
        Assert.Equal("en", record.Dialog.Language);
        Assert.Equal(DialogState.CurrentSchemaVersion, record.Dialog.SchemaVersion);
    }

    [Fact]
    public async Task Forgetting_deletes_the_stored_conversation()
    {
        var (store, pipeline, _) = await SingleInstanceAsync();
        await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, default);

        var result = await pipeline.RunAsync(Key, CountingDialog.Text("u2", "/forget"), null, default);

        Assert.Equal(TurnOutcome.Forgotten, result.Outcome);
        Assert.Null(await store.LoadAsync(Key, default));
    }

    protected static TurnPipeline NewPipeline(IConversationStore store, IDialog dialog, int maxRetries = 5) =>
        new(store, dialog, TimeProvider.System, Options.Create(new TurnPipelineOptions { MaxConflictRetries = maxRetries }), NullLogger<TurnPipeline>.Instance);

    protected static async Task<ConversationRecord> ReadRecordAsync(IConversationStore store, ConversationKey? key = null)
    {
        var stored = await store.LoadAsync(key ?? Key, default);
        Assert.NotNull(stored);
        var record = ConversationRecordJson.Deserialize(stored.Payload.Span);
        Assert.NotNull(record);
        return record;
    }

    private async Task<(IConversationStore Store, TurnPipeline Pipeline, CountingDialog Dialog)> SingleInstanceAsync()
    {
        var store = (await CreateStoresAsync(1))[0];
        var dialog = new CountingDialog();
        return (store, NewPipeline(store, dialog), dialog);
    }
}
