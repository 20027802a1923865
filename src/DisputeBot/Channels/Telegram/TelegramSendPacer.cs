namespace DisputeBot.Channels.Telegram;

/// <summary>
/// Keeps outgoing messages under Telegram's limits: about one message a second per chat (a short burst allowed, so a
/// turn's few replies go out at once) and 30 a second overall. A send first reserves its chat's next slot
/// (a virtual-scheduling token bucket) and waits for it; only then does it take a slot of the overall bucket, so a
/// busy chat's queued messages never hold other chats back. Waits use the injected clock.
/// </summary>
public sealed class TelegramSendPacer(TimeProvider time)
{
    private const int ChatBurst = 5;
    private const int GlobalBurst = 30;
    private const int PruneAbove = 4096;
    private static readonly TimeSpan ChatInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GlobalInterval = TimeSpan.FromSeconds(1.0 / 30);

    private readonly Lock _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    private DateTimeOffset _globalNext = time.GetUtcNow();

    /// <summary>Waits until a message to <paramref name="chatId"/> may be sent.</summary>
    public async Task WaitTurnAsync(long chatId, CancellationToken cancellationToken)
    {
        var wait = ReserveChat(chatId);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        wait = ReserveGlobal();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reserves the chat's next slot; returns how long to wait for it.</summary>
    public TimeSpan ReserveChat(long chatId)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var next = _chatNext.GetValueOrDefault(chatId, now);
            var start = Max(now, next - (ChatInterval * (ChatBurst - 1)));
            _chatNext[chatId] = Max(next, start) + ChatInterval;
            if (_chatNext.Count > PruneAbove)
            {
                Prune(now);
            }

            return start - now;
        }
    }

    /// <summary>Reserves a slot of the overall limit; returns how long to wait for it.</summary>
    public TimeSpan ReserveGlobal()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var start = Max(now, _globalNext - (GlobalInterval * (GlobalBurst - 1)));
            _globalNext = Max(_globalNext, start) + GlobalInterval;
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
