using System.Collections.Concurrent;
using System.Globalization;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Storage;

/// <summary>Conversation state in this process: for the terminal chat, local runs and tests. Same ETag and expiry
/// semantics as the Redis store.</summary>
public sealed class InMemoryConversationStore(TimeProvider time, IOptions<StateStoreOptions> options) : IConversationStore, IReplyOutbox
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _entries = new();

    // Per conversation, its pending reply batches by sequence; every outbox operation holds this lock.
    private readonly Dictionary<ConversationKey, SortedDictionary<long, Pending>> _outbox = [];
    private readonly Lock _outboxGate = new();
    private readonly TimeSpan _timeToLive = options.Value.TimeToLive;
    private long _version;

    public int Count => _entries.Count;

    public Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var entry = Live(key);
        return Task.FromResult(entry is null ? null : new StoredState(entry.Payload, entry.ETag));
    }

    public Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken) =>
        Task.FromResult(TrySave(key, payload, expectedETag));

    private string? TrySave(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag)
    {
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var fresh = new Entry(payload.ToArray(), etag, time.GetUtcNow() + _timeToLive);
        var current = Live(key);

        bool written;
        if (expectedETag == "*")
        {
            _entries[key] = fresh;
            written = true;
        }
        else if (expectedETag is null)
        {
            written = current is null
                ? _entries.TryAdd(key, fresh) || (_entries.TryGetValue(key, out var raced) && IsExpired(raced) && _entries.TryUpdate(key, fresh, raced))
                : false;
        }
        else
        {
            written = current is not null && current.ETag == expectedETag && _entries.TryUpdate(key, fresh, current);
        }

        return written ? etag : null;
    }

    public Task<OutboxSave?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, OutboxEntry replies, TimeSpan lease, CancellationToken cancellationToken)
    {
        // Held across the write so no claim sees the new state without its replies.
        lock (_outboxGate)
        {
            var etag = TrySave(key, payload, expectedETag);
            if (etag is null)
            {
                return Task.FromResult<OutboxSave?>(null);
            }

            if (!_outbox.TryGetValue(key, out var pending))
            {
                _outbox[key] = pending = [];
            }

            var now = time.GetUtcNow();
            var claimed = ClaimDue(pending, now, lease, out var blocked);
            pending[replies.Sequence] = new Pending(replies.Payload.ToArray(), now + lease, 0);
            if (!blocked)
            {
                claimed.Add(replies);
            }

            return Task.FromResult<OutboxSave?>(new OutboxSave(etag, claimed));
        }
    }

    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_outboxGate)
        {
            _entries.TryRemove(key, out _);
            _outbox.Remove(key);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ConversationKey key, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_outboxGate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>(
                _outbox.TryGetValue(key, out var pending) ? ClaimDue(pending, time.GetUtcNow(), lease, out _) : []);
        }
    }

    /// <summary>Claims the due entries in order, stopping at the first not due (<paramref name="blocked"/>).</summary>
    private static List<OutboxEntry> ClaimDue(SortedDictionary<long, Pending> pending, DateTimeOffset now, TimeSpan lease, out bool blocked)
    {
        var claimed = new List<OutboxEntry>();
        blocked = false;
        foreach (var (sequence, entry) in pending.ToList())
        {
            if (entry.DueAt > now)
            {
                blocked = true;
                break;
            }

            pending[sequence] = entry with { DueAt = now + lease };
            claimed.Add(new OutboxEntry(sequence, entry.Payload, entry.Delivered));
        }

        return claimed;
    }

    public Task MarkSentAsync(ConversationKey key, long sequence, CancellationToken cancellationToken)
    {
        lock (_outboxGate)
        {
            if (_outbox.TryGetValue(key, out var pending) && pending.Remove(sequence) && pending.Count == 0)
            {
                _outbox.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(ConversationKey key, long sequence, int delivered, TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_outboxGate)
        {
            if (_outbox.TryGetValue(key, out var pending) && pending.TryGetValue(sequence, out var entry))
            {
                pending[sequence] = entry with { DueAt = time.GetUtcNow() + delay, Delivered = delivered };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ConversationKey>> FindPendingAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_outboxGate)
        {
            return Task.FromResult<IReadOnlyList<ConversationKey>>([.. _outbox.Keys.Take(limit)]);
        }
    }

    private Entry? Live(ConversationKey key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (IsExpired(entry))
        {
            _entries.TryRemove(new KeyValuePair<ConversationKey, Entry>(key, entry));
            return null;
        }

        return entry;
    }

    private bool IsExpired(Entry entry) => entry.ExpiresAt <= time.GetUtcNow();

    private sealed record Entry(byte[] Payload, string ETag, DateTimeOffset ExpiresAt);

    private sealed record Pending(byte[] Payload, DateTimeOffset DueAt, int Delivered);
}
