using DisputeBot.Hosting.Telemetry;
using Microsoft.Extensions.Options;

namespace DisputeBot.Analytics;

/// <summary>
/// Writes what <see cref="AnalyticsRecorder"/> noted to the store every <see cref="AnalyticsOptions.FlushInterval"/>
/// (and once more at shutdown), then counts conversations idle for a day short of their summary as abandoned at the
/// step they stopped at. A batch the store refuses is kept for the next round.
/// </summary>
public sealed partial class AnalyticsWriter(
    AnalyticsRecorder recorder,
    IAnalyticsStore store,
    TimeProvider time,
    IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsWriter> logger,
    DisputeBotTelemetry? telemetry = null) : BackgroundService
{
    /// <summary>Most idle conversations counted per round.</summary>
    private const int SweepBatch = 500;

    /// <summary>Writes what was noted and counts the abandoned conversations: one round, as the timer runs it.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = recorder.TakeBatch();
        if (!batch.IsEmpty)
        {
            try
            {
                await store.AddAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                recorder.Restore(batch);
                LogWriteFailed(exception);
                return;
            }
        }

        var idle = await store.ClaimIdleAsync(time.GetUtcNow() - AnalyticsOptions.AbandonedAfter, SweepBatch, cancellationToken).ConfigureAwait(false);
        if (idle.Count == 0)
        {
            return;
        }

        var abandoned = idle
            .GroupBy(c => (Day: DateOnly.FromDateTime(c.LastActivity.UtcDateTime), c.Step))
            .Select(g => new CounterChange(g.Key.Day, CounterFields.Of(CounterFields.Abandoned, g.Key.Step), g.Count()))
            .ToArray();
        foreach (var conversation in idle)
        {
            telemetry?.Abandoned(conversation.Step);
        }

        await store.AddAsync(new AnalyticsBatch(abandoned, [], []), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RoundAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the last round runs in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await RoundAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogWriteFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the analytics counts; keeping them for the next round")]
    private partial void LogWriteFailed(Exception exception);
}
