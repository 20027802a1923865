using System.Collections.Concurrent;

namespace DisputeBot.Storage.DirectLine;

/// <summary>
/// Direct Line conversations in this process's memory (one instance only; the default). Bounded per conversation
/// (items and bytes) and in total: when all logs together pass <see cref="DirectLineStoreLimits.MaxBytes"/>, the
/// conversations touched least recently are forgotten whole until they fit again.
/// </summary>
public sealed class InMemoryDirectLineStore(DirectLineStoreLimits limits, DirectLineChangeSignals signals, TimeProvider time) : IDirectLineStore
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _totalBytes;

    /// <summary>Open conversations (idle ones not yet swept included).</summary>
    public int Count => _conversations.Count;

    /// <summary>The bytes all logs hold together.</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public Task<bool> CreateAsync(string conversationId, string userId, int limit, CancellationToken cancellationToken)
    {
        if (_conversations.Count >= limit)
        {
            Sweep();
            if (_conversations.Count >= limit)
            {
                return Task.FromResult(false);
            }
        }

        return Task.FromResult(_conversations.TryAdd(conversationId, new Conversation(userId, time.GetUtcNow())));
    }

    public Task<DirectLineConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (Open(conversationId) is not { } conversation)
        {
            return Task.FromResult<DirectLineConversationInfo?>(null);
        }

        lock (conversation.Sync)
        {
            return Task.FromResult<DirectLineConversationInfo?>(conversation.Removed ? null : new DirectLineConversationInfo(conversation.UserId, conversation.Started));
        }
    }

    public Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (Open(conversationId) is not { } conversation)
        {
            return Task.FromResult(false);
        }

        lock (conversation.Sync)
        {
            var first = !conversation.Started && !conversation.Removed;
            conversation.Started = true;
            return Task.FromResult(first);
        }
    }

    public Task<long?> AppendAsync(string conversationId, IReadOnlyList<byte[]> items, CancellationToken cancellationToken)
    {
        if (Open(conversationId) is not { } conversation)
        {
            return Task.FromResult<long?>(null);
        }

        long first;
        lock (conversation.Sync)
        {
            if (conversation.Removed)
            {
                return Task.FromResult<long?>(null);
            }

            first = conversation.Next;
            var added = 0L;
            foreach (var item in items)
            {
                conversation.Log.Enqueue(item);
                conversation.Next++;
                added += item.Length;
            }

            while (conversation.Log.Count > 0
                && (conversation.Log.Count > limits.MaxItemsPerConversation || conversation.Bytes + added > limits.MaxBytesPerConversation))
            {
                added -= conversation.Log.Dequeue().Length;
                conversation.First++;
            }

            conversation.Bytes += added;
            Interlocked.Add(ref _totalBytes, added);
        }

        if (Interlocked.Read(ref _totalBytes) > limits.MaxBytes)
        {
            EvictLeastRecentlyTouched(except: conversation);
        }

        signals.Signal(conversationId);
        return Task.FromResult<long?>(first);
    }

    public Task<DirectLineLogPage?> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        if (Open(conversationId) is not { } conversation)
        {
            return Task.FromResult<DirectLineLogPage?>(null);
        }

        lock (conversation.Sync)
        {
            if (conversation.Removed)
            {
                return Task.FromResult<DirectLineLogPage?>(null);
            }

            var from = watermark is { } seen ? Math.Max(seen + 1, conversation.First) : conversation.First;
            var items = conversation.Log.Skip((int)Math.Min(from - conversation.First, int.MaxValue)).ToArray();
            return Task.FromResult<DirectLineLogPage?>(new DirectLineLogPage(Math.Min(from, conversation.Next), conversation.Next, items));
        }
    }

    public Task EraseLogAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (_conversations.TryGetValue(conversationId, out var conversation))
        {
            lock (conversation.Sync)
            {
                Interlocked.Add(ref _totalBytes, -conversation.Bytes);
                conversation.Log.Clear();
                conversation.Bytes = 0;
                conversation.First = conversation.Next;
            }
        }

        return Task.CompletedTask;
    }

    public Task WaitForChangeAsync(string conversationId, CancellationToken cancellationToken) => signals.WaitAsync(conversationId, cancellationToken);

    /// <summary>Forgets every conversation idle for longer than the idle timeout; returns how many.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - limits.IdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastTouched < cutoff && Remove(id, conversation))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>The conversation unless it is missing or idle past its time (then it is forgotten); touches it.</summary>
    private Conversation? Open(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now - conversation.LastTouched > limits.IdleTimeout)
        {
            Remove(conversationId, conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Brings the total back under nine tenths of the cap, so eviction is not paid on every append.</summary>
    private void EvictLeastRecentlyTouched(Conversation except)
    {
        lock (_evicting)
        {
            var target = limits.MaxBytes / 10 * 9;
            if (Interlocked.Read(ref _totalBytes) <= limits.MaxBytes)
            {
                return;
            }

            foreach (var (id, conversation) in _conversations.Where(pair => pair.Value != except).OrderBy(pair => pair.Value.LastTouched).ToList())
            {
                if (Interlocked.Read(ref _totalBytes) <= target)
                {
                    return;
                }

                Remove(id, conversation);
            }
        }
    }

    private bool Remove(string conversationId, Conversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, Conversation>(conversationId, conversation)))
        {
            return false;
        }

        lock (conversation.Sync)
        {
            conversation.Removed = true;
            Interlocked.Add(ref _totalBytes, -conversation.Bytes);
            conversation.Bytes = 0;
            conversation.Log.Clear();
        }

        return true;
    }

    private sealed class Conversation(string userId, DateTimeOffset now)
    {
        private long _lastTouchedTicks = now.UtcTicks;

        public Lock Sync { get; } = new();

        public string UserId { get; } = userId;

        public Queue<byte[]> Log { get; } = new();

        public bool Started { get; set; }

        public bool Removed { get; set; }

        /// <summary>The number of the oldest item kept.</summary>
        public long First { get; set; }

        /// <summary>The number the next item gets.</summary>
        public long Next { get; set; }

        public long Bytes { get; set; }

        public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);
    }
}
