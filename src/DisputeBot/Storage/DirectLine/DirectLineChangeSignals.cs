namespace DisputeBot.Storage.DirectLine;

/// <summary>
/// This process's readers waiting for a conversation's log to grow, woken by <see cref="Signal"/>. An entry exists only
/// while someone waits, so idle conversations cost nothing.
/// </summary>
public sealed class DirectLineChangeSignals
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Registers at once (before the first await), so an append right after this call is not missed.</summary>
    public Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.Waiters++;
        }

        return WaitAsync(conversationId, entry, entry.Signal.Task, cancellationToken);
    }

    /// <summary>Wakes every reader of the conversation in this process.</summary>
    public void Signal(string conversationId)
    {
        TaskCompletionSource? signal = null;
        lock (_entries)
        {
            if (_entries.TryGetValue(conversationId, out var entry))
            {
                signal = entry.Signal;
                entry.Signal = NewSignal();
            }
        }

        signal?.TrySetResult();
    }

    private async Task WaitAsync(string conversationId, Entry entry, Task signal, CancellationToken cancellationToken)
    {
        try
        {
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_entries)
            {
                if (--entry.Waiters == 0 && _entries.TryGetValue(conversationId, out var current) && current == entry)
                {
                    _entries.Remove(conversationId);
                }
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Entry
    {
        public TaskCompletionSource Signal { get; set; } = NewSignal();

        public int Waiters { get; set; }
    }
}
