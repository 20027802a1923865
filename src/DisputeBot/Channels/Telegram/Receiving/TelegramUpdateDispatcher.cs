using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// Shared by polling and webhook: drops recent duplicates, then runs each chat's updates one after another in arrival
/// order (a lane per chat: each update waits for the one before it) while different chats run in parallel. Each lane
/// is bounded (<see cref="MaxPendingPerChat"/>), so a chat that floods the bot is throttled on its own and cannot fill
/// the shared bound (<see cref="MaxPending"/>) that keeps the other chats flowing.
/// <para>Shutdown: an accepted update was already confirmed to Telegram (webhook 200, polling offset), so it must be
/// finished, not cancelled. <see cref="StopAsync"/> refuses new updates, then waits for every lane to drain, here
/// rather than later because the container disposes the store's connection only after the hosted services stopped.
/// Turns get a token that fires only when the host's <see cref="HostOptions.ShutdownTimeout"/> is nearly over.</para>
/// </summary>
public sealed partial class TelegramUpdateDispatcher : IHostedService, IDisposable
{
    /// <summary>Updates waiting or running at once before new ones are refused.</summary>
    public const int MaxPending = 1000;

    /// <summary>Updates of one chat waiting or running at once before that chat's new ones are refused. A person
    /// waits for the answer before writing again; only a script or a stuck client gets this far ahead.</summary>
    public const int MaxPendingPerChat = 20;

    /// <summary>Updates without a chat (unknown kinds) share one lane.</summary>
    private const long NoChat = long.MinValue;

    private readonly TelegramRecentUpdates _recent = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Lane> _lanes = [];
    private readonly ITelegramUpdateHandler _handler;
    private readonly TimeSpan _shutdownTimeout;
    private readonly ILogger<TelegramUpdateDispatcher> _logger;

    /// <summary>Cancels the turns still running when the shutdown timeout is nearly over.</summary>
    private readonly CancellationTokenSource _abandon;

    /// <summary>Read once: a token stays usable after its source is disposed (the container may dispose this
    /// singleton while an abandoned lane still finishes).</summary>
    private readonly CancellationToken _abandonToken;
    private bool _closed;
    private int _pending;
    private int _cancelled;
    private int _disposed;

    public TelegramUpdateDispatcher(ITelegramUpdateHandler handler, IOptions<HostOptions> hostOptions, TimeProvider time, ILogger<TelegramUpdateDispatcher> logger)
    {
        _handler = handler;
        _shutdownTimeout = hostOptions.Value.ShutdownTimeout;
        _logger = logger;
        _abandon = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        _abandonToken = _abandon.Token;
    }

    /// <param name="handled">Completes (never faults) once the update was handled; completed at once unless accepted.</param>
    public TelegramDispatchOutcome TryDispatch(Update update, out Task handled) => TryDispatch(update, callbackAnswered: false, out handled);

    /// <param name="callbackAnswered">The caller answers the update's button press itself (in a webhook answer).</param>
    /// <param name="handled">Completes (never faults) once the update was handled; completed at once unless accepted.</param>
    public TelegramDispatchOutcome TryDispatch(Update update, bool callbackAnswered, out Task handled)
    {
        handled = Task.CompletedTask;
        if (Volatile.Read(ref _pending) >= MaxPending)
        {
            LogBusy(update.Id);
            return TelegramDispatchOutcome.Busy;
        }

        var chatId = ChatOf(update) ?? NoChat;
        lock (_gate)
        {
            if (_closed)
            {
                LogClosed(update.Id);
                return TelegramDispatchOutcome.ShuttingDown;
            }

            // A full lane refuses before the update counts as seen, so its redelivery is not taken for a duplicate.
            _lanes.TryGetValue(chatId, out var lane);
            if (lane is { Count: >= MaxPendingPerChat })
            {
                LogThrottled(update.Id, chatId);
                return TelegramDispatchOutcome.Throttled;
            }

            if (!_recent.TryAdd(update.Id))
            {
                LogDuplicate(update.Id);
                return TelegramDispatchOutcome.Duplicate;
            }

            if (lane is null)
            {
                lane = new Lane();
                _lanes[chatId] = lane;
            }

            lane.Count++;
            Interlocked.Increment(ref _pending);

            // The work outlives the caller (a webhook request, a poll): it must not run inside the caller's
            // execution context, whose request Activity would otherwise parent every Bot API call after it ended.
            using (ExecutionContext.SuppressFlow())
            {
                handled = RunAfterAsync(lane.Tail, update, callbackAnswered, chatId, lane);
            }

            lane.Tail = handled;
        }

        return TelegramDispatchOutcome.Accepted;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refuses new updates and finishes every accepted one; turns still running when the shutdown timeout is
    /// nearly over are cancelled.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] tails;
        int pending;
        lock (_gate)
        {
            _closed = true;
            tails = [.. _lanes.Values.Select(l => l.Tail)];
            pending = _pending;
        }

        if (pending > 0)
        {
            LogDraining(pending);
        }

        // The host's own token fires when the whole timeout is over: then it stops waiting. The turns are cancelled a
        // little earlier, so that they end (and log) while their services still exist.
        if (Volatile.Read(ref _disposed) == 0)
        {
            _abandon.CancelAfter(_shutdownTimeout - Margin(_shutdownTimeout));
        }

        try
        {
            // The lanes' tasks never fault.
            await Task.WhenAll(tails).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogAbandoned(Volatile.Read(ref _pending));
        }

        var cancelled = Volatile.Read(ref _cancelled);
        if (cancelled > 0)
        {
            LogCancelledInAll(cancelled);
        }
    }

    public void Dispose()
    {
        // Registered as itself and as a hosted service, so the container may call this twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _abandon.Cancel();
            _abandon.Dispose();
        }
    }

    /// <summary>What is left of the shutdown timeout for the cancelled turns to end: a tenth, at most five seconds.</summary>
    private static TimeSpan Margin(TimeSpan timeout)
    {
        var tenth = timeout / 10;
        return tenth < TimeSpan.FromSeconds(5) ? tenth : TimeSpan.FromSeconds(5);
    }

    private async Task RunAfterAsync(Task previous, Update update, bool callbackAnswered, long chatId, Lane lane)
    {
        // Nothing of the work runs under the caller's lock or on the caller's thread.
        await Task.Yield();
        try
        {
            await previous.ConfigureAwait(false);
            await _handler.HandleAsync(update, callbackAnswered, _abandonToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abandonToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _cancelled);
            LogCancelled(update.Id);
        }
        catch (Exception exception)
        {
            LogFailed(exception, update.Id, update.Type);
        }
        finally
        {
            lock (_gate)
            {
                if (--lane.Count == 0)
                {
                    _lanes.Remove(chatId);
                }
            }

            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>The chat an update belongs to, when it has one.</summary>
    public static long? ChatOf(Update update) => update.Message?.Chat?.Id ?? update.CallbackQuery?.Message?.Chat?.Id;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped Telegram update {UpdateId}: delivered moments ago")]
    private partial void LogDuplicate(long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Telegram update {UpdateId}: chat {ChatId} has too many updates waiting")]
    private partial void LogThrottled(long updateId, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Telegram update {UpdateId}: too many updates waiting")]
    private partial void LogBusy(long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram update {UpdateId} ({Kind}) failed")]
    private partial void LogFailed(Exception exception, long updateId, global::Telegram.Bot.Types.Enums.UpdateType kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused Telegram update {UpdateId}: the bot is shutting down")]
    private partial void LogClosed(long updateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: finishing {Pending} accepted Telegram updates")]
    private partial void LogDraining(int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram update {UpdateId} was cancelled: the shutdown timeout ran out before it finished")]
    private partial void LogCancelled(long updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shutdown cancelled {Cancelled} accepted Telegram updates (raise HostOptions.ShutdownTimeout)")]
    private partial void LogCancelledInAll(int cancelled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown did not wait for {Pending} Telegram updates still running")]
    private partial void LogAbandoned(int pending);

    private sealed class Lane
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Count { get; set; }
    }
}
