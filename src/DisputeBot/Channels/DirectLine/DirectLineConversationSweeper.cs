using DisputeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Forgets idle Direct Line conversations of the memory store now and then, so memory stays bounded without
/// traffic. (Redis expires them itself.)</summary>
internal sealed partial class DirectLineConversationSweeper(
    IDirectLineStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not InMemoryDirectLineStore memory)
        {
            return;
        }

        var period = options.Value.ConversationIdleTimeout / 4;
        using var timer = new PeriodicTimer(period < TimeSpan.FromMinutes(1) ? period : TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = memory.Sweep();
                if (removed > 0)
                {
                    LogSwept(removed, memory.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Forgot {Removed} idle Direct Line conversations; {Open} open")]
    private partial void LogSwept(int removed, int open);
}
