using DisputeBot.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Turns;

/// <summary>
/// "Replies are never lost": a turn's replies are saved with its state, sent afterwards and marked sent; a send that
/// fails leaves them for the next turn of the chat or the sweeper, which send them once, in order, after any
/// retry_after. Run against each store (a subclass per store).
/// </summary>
public abstract class ReplyOutboxContractTests : IAsyncLifetime
{
    private static readonly ConversationKey Key = new("telegram", "4242");
    private static readonly ReplyRoute Route = new(ScriptedReplySender.SenderName, "m1", "en");

    private readonly ScriptedReplySender _channel = new();
    private IConversationStore? _store;

    /// <summary>A fresh store (its own key space) that is also an <see cref="IReplyOutbox"/>.</summary>
    protected abstract Task<IConversationStore> CreateStoreAsync();

    /// <summary>Lets <paramref name="duration"/> pass as the store sees time.</summary>
    protected abstract Task PassTimeAsync(TimeSpan duration);

    /// <summary>The lease and retry_after used here: short where the store keeps real time.</summary>
    protected abstract TimeSpan Lease { get; }

    protected virtual TimeProvider Time => TimeProvider.System;

    private IConversationStore Store => _store!;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reply_whose_send_failed_after_the_save_is_sent_by_the_next_turn_exactly_once_and_first()
    {
        var (pipeline, dispatcher, sweeper) = Instance();
        _channel.FailNextWithError();
        await TurnAsync(pipeline, dispatcher, "u1");
        Assert.Empty(_channel.Delivered);

        await TurnAsync(pipeline, dispatcher, "u2");
        await sweeper.SweepOnceAsync(default);

        Assert.Equal(["turn 1", "turn 2"], _channel.Delivered);
        Assert.Empty(await Outbox.FindPendingAsync(10, default));
    }

    [Fact]
    public async Task A_reply_whose_send_failed_is_sent_by_the_sweeper_exactly_once()
    {
        var (pipeline, dispatcher, sweeper) = Instance();
        _channel.FailNextWithError();
        await TurnAsync(pipeline, dispatcher, "u1");

        Assert.Equal(1, await sweeper.SweepOnceAsync(default));
        Assert.Equal(0, await sweeper.SweepOnceAsync(default));

        Assert.Equal(["turn 1"], _channel.Delivered);
    }

    [Fact]
    public async Task Replies_of_an_instance_that_stopped_between_save_and_send_are_sent_once_its_lease_has_passed()
    {
        var (pipeline, _, sweeper) = Instance();
        var saved = await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, Route, default);
        Assert.NotNull(saved.OutboxSequence);

        // Still the saving instance's to send.
        Assert.Equal(0, await sweeper.SweepOnceAsync(default));
        await PassTimeAsync(Lease * 2);

        Assert.Equal(1, await sweeper.SweepOnceAsync(default));
        Assert.Equal(["turn 1"], _channel.Delivered);
    }

    [Fact]
    public async Task A_retry_after_is_honoured_and_the_later_turn_waits_behind_it()
    {
        var (pipeline, dispatcher, sweeper) = Instance();
        _channel.FailNextWithRetryAfter(Lease * 2);
        await TurnAsync(pipeline, dispatcher, "u1");
        await TurnAsync(pipeline, dispatcher, "u2");

        Assert.Equal(0, await sweeper.SweepOnceAsync(default));
        Assert.Empty(_channel.Delivered);
        await PassTimeAsync(Lease * 3);

        Assert.Equal(2, await sweeper.SweepOnceAsync(default));
        Assert.Equal(["turn 1", "turn 2"], _channel.Delivered);
    }

    [Fact]
    public async Task Two_instances_sweeping_at_once_send_each_reply_once()
    {
        var first = Instance();
        var second = Instance();
        for (var i = 1; i <= 5; i++)
        {
            _channel.FailNextWithError();
            await first.Pipeline.RunAsync(new ConversationKey("telegram", $"chat-{i}"), CountingDialog.Text("u1"), null, Route, default)
                .ContinueWith(t => first.Dispatcher.DeliverAsync(new ConversationKey("telegram", $"chat-{i}"), t.Result, Route, null, default), TaskScheduler.Default).Unwrap();
        }

        var sent = await Task.WhenAll(first.Sweeper.SweepOnceAsync(default), second.Sweeper.SweepOnceAsync(default));

        Assert.Equal(5, sent.Sum());
        Assert.Equal(5, _channel.Delivered.Count);
    }

    [Fact]
    public async Task Unsent_replies_of_a_conversation_with_unusual_ids_are_found_by_the_sweeper_and_sent()
    {
        var (pipeline, dispatcher, sweeper) = Instance();
        var odd = new ConversationKey("msteams", "29:{a/b}%7B é;messageid=1@thread\ud800");
        _channel.FailNextWithError();
        await dispatcher.DeliverAsync(odd, await pipeline.RunAsync(odd, CountingDialog.Text("u1"), null, Route, default), Route, null, default);

        Assert.Equal([odd], await Outbox.FindPendingAsync(10, default));
        Assert.Equal(1, await sweeper.SweepOnceAsync(default));
        Assert.Equal(["turn 1"], _channel.Delivered);
    }

    [Fact]
    public async Task Forgetting_a_conversation_drops_its_unsent_replies()
    {
        var (pipeline, dispatcher, sweeper) = Instance();
        _channel.FailNextWithError();
        await TurnAsync(pipeline, dispatcher, "u1");

        await pipeline.RunAsync(Key, CountingDialog.Text("u2", "/forget"), null, Route, default);

        Assert.Empty(await Outbox.FindPendingAsync(10, default));
        Assert.Equal(0, await sweeper.SweepOnceAsync(default));
    }

    private IReplyOutbox Outbox => (IReplyOutbox)Store;

    private (TurnPipeline Pipeline, ReplyDispatcher Dispatcher, OutboxSweeper Sweeper) Instance()
    {
        var options = Options.Create(new TurnPipelineOptions { OutboxLease = Lease, OutboxRetryDelay = TimeSpan.Zero });
        var pipeline = new TurnPipeline(Store, new CountingDialog(), Time, options, NullLogger<TurnPipeline>.Instance);
        var dispatcher = new ReplyDispatcher(Outbox, [_channel], options, NullLogger<ReplyDispatcher>.Instance);
        var sweeper = new OutboxSweeper(Outbox, dispatcher, Time, options, NullLogger<OutboxSweeper>.Instance);
        return (pipeline, dispatcher, sweeper);
    }

    private static async Task TurnAsync(TurnPipeline pipeline, ReplyDispatcher dispatcher, string updateId)
    {
        var result = await pipeline.RunAsync(Key, CountingDialog.Text(updateId), null, Route, default);
        Assert.Equal(TurnOutcome.Answered, result.Outcome);
        await dispatcher.DeliverAsync(Key, result, Route, null, default);
    }
}
