namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// The last few thousand update ids seen by this process, to drop obvious redeliveries before any work. Bounded
/// (oldest forgotten first) and by set membership, not "≤ last seen": update ids may jump, even downwards. The turn
/// pipeline's stored ids remain the real guard across restarts and instances.
/// </summary>
public sealed class TelegramRecentUpdates(int capacity = 4096)
{
    private readonly Lock _gate = new();
    private readonly HashSet<long> _ids = new(capacity);
    private readonly Queue<long> _order = new(capacity);

    /// <returns>False when the id was seen recently.</returns>
    public bool TryAdd(long updateId)
    {
        lock (_gate)
        {
            if (!_ids.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
