using System.Collections.Concurrent;
using DisputeBot.Channels.Telegram.Receiving;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Types;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramUpdateDispatcherTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task One_chats_updates_are_handled_one_at_a_time_in_arrival_order()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());

        dispatcher.TryDispatch(Update(1, chat: 10), out var first);
        dispatcher.TryDispatch(Update(2, chat: 10), out var second);
        dispatcher.TryDispatch(Update(3, chat: 10), out var third);
        await handler.Started(1).WaitAsync(Generous);

        Assert.False(handler.HasStarted(2));
        handler.Release(1);
        await handler.Started(2).WaitAsync(Generous);
        Assert.False(handler.HasStarted(3));
        handler.Release(2);
        handler.Release(3);
        await Task.WhenAll(first, second, third).WaitAsync(Generous);

        Assert.Equal([1, 2, 3], handler.Order);
    }

    [Fact]
    public async Task Different_chats_are_handled_in_parallel()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());

        dispatcher.TryDispatch(Update(1, chat: 10), out var slow);
        await handler.Started(1).WaitAsync(Generous);
        dispatcher.TryDispatch(Update(2, chat: 20), out var other);
        handler.Release(2);

        await other.WaitAsync(Generous);
        Assert.False(slow.IsCompleted);
        handler.Release(1);
        await slow.WaitAsync(Generous);
    }

    [Fact]
    public async Task An_update_delivered_twice_is_dispatched_once()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        handler.Release(7);

        Assert.Equal(TelegramDispatchOutcome.Accepted, dispatcher.TryDispatch(Update(7, chat: 10), out var handled));
        await handled.WaitAsync(Generous);
        Assert.Equal(TelegramDispatchOutcome.Duplicate, dispatcher.TryDispatch(Update(7, chat: 10), out var again));

        Assert.True(again.IsCompleted);
        Assert.Equal([7], handler.Order);
    }

    [Fact]
    public async Task A_failing_update_is_logged_and_the_chats_next_update_still_runs()
    {
        var handler = new GatedHandler { FailOn = 1 };
        var logger = new TelegramRecordingLogger<TelegramUpdateDispatcher>();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, logger);
        handler.Release(1);
        handler.Release(2);

        dispatcher.TryDispatch(Update(1, chat: 10), out var failing);
        dispatcher.TryDispatch(Update(2, chat: 10), out var next);
        await Task.WhenAll(failing, next).WaitAsync(Generous);

        Assert.Equal([1, 2], handler.Order);
        Assert.Contains(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("Telegram update 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_waits_for_running_updates()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        dispatcher.TryDispatch(Update(1, chat: 10), out var running);
        await handler.Started(1).WaitAsync(Generous);

        var stopping = dispatcher.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        handler.Release(1);

        await stopping.WaitAsync(Generous);
        Assert.True(running.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stopping_refuses_new_updates_and_finishes_the_accepted_ones_without_cancelling_them()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        dispatcher.TryDispatch(Update(1, chat: 10), out var first);
        dispatcher.TryDispatch(Update(2, chat: 10), out var second);
        await handler.Started(1).WaitAsync(Generous);

        var stopping = dispatcher.StopAsync(CancellationToken.None);
        var refused = dispatcher.TryDispatch(Update(3, chat: 20), out _);
        handler.Release(1);
        handler.Release(2);
        await stopping.WaitAsync(Generous);

        Assert.Equal(TelegramDispatchOutcome.ShuttingDown, refused);
        Assert.Equal([1, 2], handler.Order);
        Assert.Equal(0, handler.Cancelled);
        Assert.True(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_turn_still_running_when_the_shutdown_timeout_is_nearly_over_is_cancelled()
    {
        var clock = new FakeTimeProvider();
        var handler = new GatedHandler();
        var hostOptions = Options.Create(new HostOptions { ShutdownTimeout = TimeSpan.FromSeconds(10) });
        using var dispatcher = new TelegramUpdateDispatcher(handler, hostOptions, clock, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        dispatcher.TryDispatch(Update(1, chat: 10), out var stuck);
        await handler.Started(1).WaitAsync(Generous);

        var stopping = dispatcher.StopAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(8.9));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        var cancelledEarly = handler.Cancelled;
        clock.Advance(TimeSpan.FromSeconds(0.1)); // a tenth of the timeout is left for the turn to end
        await stopping.WaitAsync(Generous);

        Assert.Equal(0, cancelledEarly);
        Assert.Equal(1, handler.Cancelled);
        Assert.True(stuck.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_chat_that_floods_the_bot_is_throttled_while_another_chat_is_still_answered()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());

        var outcomes = Enumerable.Range(1, 1100).Select(id => dispatcher.TryDispatch(Update(id, chat: 10), out _)).ToList();
        Assert.Equal(TelegramUpdateDispatcher.MaxPendingPerChat, outcomes.Count(o => o == TelegramDispatchOutcome.Accepted));
        Assert.All(outcomes.Skip(TelegramUpdateDispatcher.MaxPendingPerChat), o => Assert.Equal(TelegramDispatchOutcome.Throttled, o));

        handler.Release(5000);
        Assert.Equal(TelegramDispatchOutcome.Accepted, dispatcher.TryDispatch(Update(5000, chat: 20), out var other));
        await other.WaitAsync(Generous);

        Assert.Contains(5000L, handler.Order);
        Assert.DoesNotContain(2L, handler.Order);
    }

    [Fact]
    public async Task A_throttled_update_is_accepted_when_delivered_again_after_its_chat_caught_up()
    {
        var handler = new GatedHandler();
        using var dispatcher = new TelegramUpdateDispatcher(handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        var accepted = Enumerable.Range(1, TelegramUpdateDispatcher.MaxPendingPerChat)
            .Select(id => { dispatcher.TryDispatch(Update(id, chat: 10), out var done); return done; })
            .ToList();
        Assert.Equal(TelegramDispatchOutcome.Throttled, dispatcher.TryDispatch(Update(999, chat: 10), out _));

        foreach (var id in Enumerable.Range(1, TelegramUpdateDispatcher.MaxPendingPerChat))
        {
            handler.Release(id);
        }

        await Task.WhenAll(accepted).WaitAsync(Generous);
        handler.Release(999);
        Assert.Equal(TelegramDispatchOutcome.Accepted, dispatcher.TryDispatch(Update(999, chat: 10), out var again));
        await again.WaitAsync(Generous);
        Assert.Equal(999, handler.Order[^1]);
    }

    private static Update Update(long id, long chat) => TelegramTestSupport.Parse(TelegramTestSupport.TextUpdate(id, chat));

    /// <summary>Each update waits until the test releases it; records start order.</summary>
    private sealed class GatedHandler : ITelegramUpdateHandler
    {
        private readonly ConcurrentDictionary<long, TaskCompletionSource> _gates = new();
        private readonly ConcurrentDictionary<long, TaskCompletionSource> _started = new();
        private readonly ConcurrentQueue<long> _order = new();
        private int _cancelled;

        public long? FailOn { get; init; }

        public IReadOnlyList<long> Order => [.. _order];

        public Task Started(long id) => Gate(_started, id).Task;

        public bool HasStarted(long id) => Gate(_started, id).Task.IsCompleted;

        public void Release(long id) => Gate(_gates, id).TrySetResult();

        public int Cancelled => Volatile.Read(ref _cancelled);

        public async Task HandleAsync(Update update, bool callbackAnswered, CancellationToken cancellationToken)
        {
            _order.Enqueue(update.Id);
            Gate(_started, update.Id).TrySetResult();
            try
            {
                await Gate(_gates, update.Id).Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }

            if (update.Id == FailOn)
            {
                throw new InvalidOperationException("boom");
            }
        }

        private static TaskCompletionSource Gate(ConcurrentDictionary<long, TaskCompletionSource> gates, long id) =>
            gates.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
