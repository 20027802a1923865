namespace DisputeBot.Channels;

/// <summary>
/// Sends typing indicators while a turn runs: the first after <c>delay</c> (a quick turn shows none), then every
/// <c>interval</c>. Best-effort: a failed send is ignored. The loop is awaited on dispose, never left running.
/// A quick turn costs one timer and no exception: the loop only starts once the delay has passed.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task> _send;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _gate = new();
    private readonly ITimer? _timer;
    private CancellationTokenSource? _stop;
    private Task? _loop;
    private bool _disposed;

    private TypingIndicator(Func<CancellationToken, Task> send, TimeSpan delay, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        _send = send;
        _interval = interval;
        _time = time;
        _cancellationToken = cancellationToken;
        if (delay <= TimeSpan.Zero)
        {
            // At once and on this thread, so the indicator goes out before anything the turn sends.
            Begin();
        }
        else
        {
            _timer = time.CreateTimer(static state => ((TypingIndicator)state!).Begin(), this, delay, Timeout.InfiniteTimeSpan);
        }
    }

    public static TypingIndicator Start(Func<CancellationToken, Task> send, TimeSpan delay, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken) =>
        new(send, delay, interval, time, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }

        CancellationTokenSource? stop;
        Task? loop;
        lock (_gate)
        {
            _disposed = true;
            stop = _stop;
            loop = _loop;
        }

        if (stop is null || loop is null)
        {
            return;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
    }

    private void Begin()
    {
        lock (_gate)
        {
            if (_disposed || _cancellationToken.IsCancellationRequested)
            {
                return;
            }

            _stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
            _loop = RunAsync(_stop.Token);
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await _send(stop).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Best-effort: the real replies matter, the indicator does not.
            }

            await Task.Delay(_interval, _time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
