namespace DisputeBot.Channels.Telegram;

/// <summary>
/// Keeps outgoing messages under Telegram's limits: about one message a second per chat (a short burst allowed, so a
/// turn's two or three replies go out at once) and 30 a second overall. Each send reserves the earliest slot both
/// limits allow (a virtual-scheduling token bucket) and waits for it on the injected clock.
/// </summary>
public sealed class TelegramSendPacer(TimeProvider time)
{
    private const int ChatBurst = 3;
    private const int GlobalBurst = 30;
    private const int PruneAbove = 4096;
    private static readonly TimeSpan ChatInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GlobalInterval = TimeSpan.FromSeconds(1.0 / 30);

    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    private DateTimeOffset _globalNext = time.GetUtcNow();

    /// <summary>Waits until a message to <paramref name="chatId"/> may be sent.</summary>
    public Task WaitTurnAsync(long chatId, CancellationToken cancellationToken)
    {
        var wait = Reserve(chatId);
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Reserves the next slot for <paramref name="chatId"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var chatNext = _chatNext.GetValueOrDefault(chatId, now);
            var start = Max(now, Max(chatNext - (ChatInterval * (ChatBurst - 1)), _globalNext - (GlobalInterval * (GlobalBurst - 1))));
            _chatNext[chatId] = Max(chatNext, start) + ChatInterval;
            _globalNext = Max(_globalNext, start) + GlobalInterval;
            if (_chatNext.Count > PruneAbove)
            {
                Prune(now);
            }

            return start - now;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chat, next) in _chatNext.ToList())
        {
            if (next <= now)
            {
                _chatNext.Remove(chat);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
