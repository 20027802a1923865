using DisputeBot.Dialog.Conversation;
using Microsoft.Extensions.Options;

namespace DisputeBot.Turns;

/// <summary>
/// Every <see cref="ReminderOptions.SweepInterval"/>, claims the conversations whose reminders are due and runs a
/// reminder turn for each through the one <see cref="TurnPipeline"/>: the dialog picks what is due, and the reminder
/// leaves the state in the same conditional save that puts it in the reply outbox. So it is sent exactly once across
/// instances (a second instance's save of the same reminder loses on the ETag), and a failed send is retried from the
/// outbox like any reply. A claim whose holder stopped is taken by another instance when its lease ends. A reminder
/// saved behind replies still leased (an instance stopped before sending them, or their sent mark was lost in a
/// Redis restart) waits for them and goes out after them with the <see cref="OutboxSweeper"/>, in order.
/// </summary>
public sealed partial class ReminderSweeper(
    IReminderSchedule schedule,
    TurnPipeline pipeline,
    ReplyDispatcher dispatcher,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderSweeper> logger) : BackgroundService
{
    private static readonly Turn DueTurn = new(string.Empty, string.Empty, null, new RemindersDueInput());

    private readonly ReminderOptions _options = options.Value;

    /// <summary>One pass: claims what is due now and sends it.</summary>
    /// <returns>How many conversations got reminders (in the outbox: sent now, or after older replies).</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var claims = await schedule.ClaimDueAsync(time.GetUtcNow(), _options.BatchSize, _options.ClaimLease, cancellationToken).ConfigureAwait(false);
        var reminded = 0;
        foreach (var claim in claims)
        {
            try
            {
                reminded += await RemindAsync(claim, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (StoreUnavailableException exception)
            {
                // The claim's lease runs out and a later sweep (here or elsewhere) tries again.
                LogStoreUnavailable(exception.Message);
            }
        }

        return reminded;
    }

    private async Task<bool> RemindAsync(ReminderClaim claim, CancellationToken cancellationToken)
    {
        var key = claim.Key;
        if (RouteFor(key.Channel) is not { } route)
        {
            LogUnreachable(key.Channel);
            await schedule.FinishAsync(claim, null, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var result = await pipeline.RunAsync(key, DueTurn, address: null, route, cancellationToken).ConfigureAwait(false);
        if (result.Outcome is TurnOutcome.Unavailable or TurnOutcome.Conflicted)
        {
            return false;
        }

        if (result.RemindersDropped > 0)
        {
            LogDropped(key.Channel, result.RemindersDropped);
        }

        // The reminder is in the outbox now: the schedule moves on, and the send is the outbox's to retry.
        await schedule.FinishAsync(claim, result.NextReminderAt, cancellationToken).ConfigureAwait(false);
        if (result.OutboxSequence is null)
        {
            return false;
        }

        await dispatcher.DeliverAsync(key, result, route, address: null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private ReplyRoute? RouteFor(string channel)
    {
        if (_options.Unreachable.Contains(channel))
        {
            return null;
        }

        var sender = _options.Senders.TryGetValue(channel, out var named) ? named : _options.DefaultSender;
        return sender is null ? null : new ReplyRoute(sender);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var reminded = await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
                if (reminded > 0)
                {
                    LogSwept(reminded);
                }
            }
            catch (StoreUnavailableException exception)
            {
                LogStoreUnavailable(exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent reminders in {Count} conversations")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {Count} reminders on {Channel}: their deadline passed while no instance could send them, or a later one was due too")]
    private partial void LogDropped(string channel, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "No way to send reminders on {Channel} outside a turn; its schedule entry removed")]
    private partial void LogUnreachable(string channel);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder sweep skipped: {Reason}")]
    private partial void LogStoreUnavailable(string reason);
}
