using System.Collections.Concurrent;
using System.Globalization;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Storage;

/// <summary>Conversation state in this process: for the terminal chat, local runs and tests. Same ETag and expiry
/// semantics as the Redis store.</summary>
public sealed class InMemoryConversationStore(TimeProvider time, IOptions<StateStoreOptions> options) : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _entries = new();
    private readonly TimeSpan _timeToLive = options.Value.TimeToLive;
    private long _version;

    public int Count => _entries.Count;

    public Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var entry = Live(key);
        return Task.FromResult(entry is null ? null : new StoredState(entry.Payload, entry.ETag));
    }

    public Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
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

        return Task.FromResult(written ? etag : null);
    }

    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
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
}
