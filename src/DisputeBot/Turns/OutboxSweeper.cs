using Microsoft.Extensions.Options;

namespace DisputeBot.Turns;

/// <summary>Every <see cref="TurnPipelineOptions.OutboxSweepInterval"/>, sends the replies no turn has sent: those of
/// an instance that stopped between saving and sending, or of a channel that failed or asked to wait. Any number of
/// instances may sweep: claiming an entry is atomic, so each is sent by one.</summary>
public sealed partial class OutboxSweeper(
    IReplyOutbox outbox,
    ReplyDispatcher dispatcher,
    TimeProvider time,
    IOptions<TurnPipelineOptions> options,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    private const int BatchSize = 1000;

    /// <summary>One pass over the conversations with pending replies.</summary>
    /// <returns>How many entries were sent.</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var key in await outbox.FindPendingAsync(BatchSize, cancellationToken).ConfigureAwait(false))
        {
            sent += await dispatcher.DeliverPendingAsync(key, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var sent = await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
                if (sent > 0)
                {
                    LogSwept(sent);
                }
            }
            catch (StoreUnavailableException exception)
            {
                LogStoreUnavailable(exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} reply batches left in the outbox")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox sweep skipped: {Reason}")]
    private partial void LogStoreUnavailable(string reason);
}
