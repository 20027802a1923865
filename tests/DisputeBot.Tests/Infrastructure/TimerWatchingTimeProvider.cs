using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// <see cref="FakeTimeProvider"/> (time moves only when a test advances it; due timers fire during the advance) that
/// also notes each timer the code under test starts (a <c>Task.Delay</c>, a delayed callback): a test can wait until
/// that code is parked on a delay, move time to exactly when it ends, and read back every delay asked for.
/// </summary>
public sealed class TimerWatchingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset DueAt, TimeSpan Delay)> _started = [];
    private TaskCompletionSource _timerStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every delay asked for when a timer was started, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_gate)
            {
                return [.. _started.Select(t => t.Delay)];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return timer;
        }

        TaskCompletionSource started;
        lock (_gate)
        {
            _started.Add((GetUtcNow() + dueTime, dueTime));
            started = _timerStarted;
            _timerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        started.TrySetResult();
        return timer;
    }

    /// <summary>Waits (in real time, bounded) until a started timer is not yet due, then returns when the earliest
    /// such timer is due.</summary>
    public async Task<DateTimeOffset> WaitForTimerAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task started;
            lock (_gate)
            {
                var now = GetUtcNow();
                var ahead = _started.Where(t => t.DueAt > now).ToList();
                if (ahead.Count > 0)
                {
                    return ahead.Min(t => t.DueAt);
                }

                started = _timerStarted.Task;
            }

            await started.WaitAsync(cancel.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Moves time to the earliest timer not yet due (it fires), after waiting for one to be started.</summary>
    public async Task AdvanceToNextTimerAsync(TimeSpan timeout) =>
        Advance(await WaitForTimerAsync(timeout).ConfigureAwait(false) - GetUtcNow());
}
