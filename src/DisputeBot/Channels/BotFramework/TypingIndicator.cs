namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// Sends typing indicators while a turn runs: the first after <c>delay</c> (a quick turn shows none), then every
/// <c>interval</c>. Best-effort: a failed send is ignored. The loop is awaited on dispose, never left running.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(Func<CancellationToken, Task> send, TimeSpan delay, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RunAsync(send, delay, interval, time, _stop.Token);
    }

    public static TypingIndicator Start(Func<CancellationToken, Task> send, TimeSpan delay, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken) =>
        new(send, delay, interval, time, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static async Task RunAsync(Func<CancellationToken, Task> send, TimeSpan delay, TimeSpan interval, TimeProvider time, CancellationToken stop)
    {
        await Task.Delay(delay, time, stop).ConfigureAwait(false);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await send(stop).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Best-effort: the real replies matter, the indicator does not.
            }

            await Task.Delay(interval, time, stop).ConfigureAwait(false);
        }
    }
}
