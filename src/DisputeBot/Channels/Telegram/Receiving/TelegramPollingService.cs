using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// Long polling: asks getUpdates, hands the batch to the dispatcher, and confirms the batch (offset = last id + 1)
/// only after every turn in it was handled and saved. That is why it calls getUpdates itself: the library's own
/// receiver confirms a batch before it is handled, so a crash would lose it. Failures back off exponentially up to a
/// cap; an empty answer that came back early is followed by a pause. Both keep it from ever spinning.
/// </summary>
public sealed partial class TelegramPollingService(
    ITelegramBotClient client,
    TelegramUpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.CallbackQuery];

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    /// <summary>409 means a webhook is set or another process polls: retrying quickly cannot help.</summary>
    private static readonly TimeSpan ConflictBackoff = TimeSpan.FromSeconds(15);

    private readonly TelegramOptions _options = options.Value;

    /// <summary>The next offset to ask for; visible for tests.</summary>
    public int? Offset { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        LogStarted(_options.PollTimeoutSeconds);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                var asked = time.GetTimestamp();
                var updates = await client.GetUpdates(Offset, limit: 100, _options.PollTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false);
                if (failures > 0)
                {
                    LogRecovered(failures);
                    failures = 0;
                }

                if (await HandleBatchAsync(updates).ConfigureAwait(false))
                {
                    continue;
                }

                // Nothing new. A real long poll has already waited; a server that answers at once must not be asked
                // again at once.
                var early = time.GetElapsedTime(asked) < TimeSpan.FromSeconds(_options.PollTimeoutSeconds) / 2;
                if (!early)
                {
                    continue;
                }

                pause = _options.EmptyPollDelay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 409)
            {
                failures++;
                pause = Max(Backoff(failures), ConflictBackoff);
                LogConflict(exception.Message, (long)pause.TotalSeconds);
            }
            catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
            {
                failures++;
                pause = Max(Backoff(failures), ConflictBackoff);
                LogUnauthorized(exception.ErrorCode, (long)pause.TotalSeconds);
            }
            catch (ApiRequestException exception) when (exception.Parameters?.RetryAfter is { } retryAfter)
            {
                // The library already waited out the short ones; this one asked for longer than it waits.
                failures++;
                pause = Max(Backoff(failures), TimeSpan.FromSeconds(retryAfter));
                LogPollFailed(exception, failures, (long)pause.TotalMilliseconds);
            }
            catch (Exception exception)
            {
                failures++;
                pause = Backoff(failures);
                LogPollFailed(exception, failures, (long)pause.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(pause, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        LogStopped();
    }

    /// <returns>True when the batch held at least one update not seen before.</returns>
    private async Task<bool> HandleBatchAsync(Update[] updates)
    {
        if (updates.Length == 0)
        {
            return false;
        }

        var handled = new List<Task>(updates.Length);
        int? refusedFrom = null;
        foreach (var update in updates)
        {
            switch (dispatcher.TryDispatch(update, out var done))
            {
                case TelegramDispatchOutcome.Accepted:
                    handled.Add(done);
                    break;
                case TelegramDispatchOutcome.Throttled or TelegramDispatchOutcome.Busy:
                    // Polling cannot refuse one update and confirm the rest: a flooding chat's excess is dropped, or every
                    // other chat would wait behind it.
                    LogDropped(update.Id, TelegramUpdateDispatcher.ChatOf(update));
                    break;
                case TelegramDispatchOutcome.ShuttingDown:
                    // Not confirmed: the next poller gets it (and the ones after it) again.
                    refusedFrom ??= update.Id;
                    break;
            }
        }

        // Confirm only what was handled: a crash before this line gets the batch redelivered (and deduplicated).
        // The dispatcher's tasks never fault; shutdown waits for them in the dispatcher, not here.
        await Task.WhenAll(handled).ConfigureAwait(false);
        Offset = refusedFrom ?? updates.Max(u => u.Id) + 1;
        return handled.Count > 0;
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = FirstBackoff * Math.Pow(2, Math.Min(failures - 1, 16));
        return delay < _options.MaxPollBackoff ? delay : _options.MaxPollBackoff;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped Telegram update {UpdateId} of chat {ChatId}: that chat has too many updates waiting")]
    private partial void LogDropped(int updateId, long? chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling started (timeout {TimeoutSeconds} s)")]
    private partial void LogStarted(int timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling stopped")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram getUpdates works again after {Failures} failures")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram getUpdates answered 409 Conflict ({Reason}): a webhook is set for this bot or another process is polling it. Only one poller per bot is possible; call deleteWebhook or set Telegram:Mode to 'webhook'. Retrying in {DelaySeconds} s")]
    private partial void LogConflict(string? reason, long delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram getUpdates answered {ErrorCode}: Telegram:BotToken was not accepted. Retrying in {DelaySeconds} s")]
    private partial void LogUnauthorized(int errorCode, long delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram getUpdates failed ({Failures} in a row); next try in {DelayMs} ms")]
    private partial void LogPollFailed(Exception exception, int failures, long delayMs);
}
