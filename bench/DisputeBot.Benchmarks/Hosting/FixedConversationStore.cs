using DisputeBot.Turns;

namespace DisputeBot.Benchmarks.Hosting;

/// <summary>
/// A store for benchmarks: every load returns the one record last saved (or <see cref="Use"/>d), so that each
/// operation replays the same turn. While <see cref="Frozen"/>, saves are accepted and forgotten. Loads and saves
/// return cached tasks, so the store itself costs next to nothing.
/// </summary>
internal sealed class FixedConversationStore : IConversationStore, IReplyOutbox
{
    private static readonly Task<IReadOnlyList<OutboxEntry>> NoEntries = Task.FromResult<IReadOnlyList<OutboxEntry>>([]);

    private static readonly Task<string?> Saved = Task.FromResult<string?>("saved");
    private static readonly Task<StoredState?> Nothing = Task.FromResult<StoredState?>(null);

    private Task<StoredState?> _current = Nothing;

    /// <summary>When true, saves do not replace the current record.</summary>
    public bool Frozen { get; set; }

    /// <summary>The payload of the current record, or empty when nothing is stored.</summary>
    public ReadOnlyMemory<byte> Current => _current.Result?.Payload ?? ReadOnlyMemory<byte>.Empty;

    public void Use(Task<StoredState?> record) => _current = record;

    public static Task<StoredState?> Record(ReadOnlyMemory<byte> payload) => Task.FromResult<StoredState?>(new StoredState(payload, "stored"));

    public Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken) => _current;

    public Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
    {
        if (!Frozen)
        {
            _current = Record(payload.ToArray());
        }

        return Saved;
    }

    /// <summary>Replies are accepted and forgotten: a benchmark measures the turn, not the outbox.</summary>
    public async Task<OutboxSave?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, OutboxEntry replies, TimeSpan lease, CancellationToken cancellationToken) =>
        await TrySaveAsync(key, payload, expectedETag, cancellationToken) is { } etag ? new OutboxSave(etag, []) : null;

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ConversationKey key, TimeSpan lease, CancellationToken cancellationToken) => NoEntries;

    public Task MarkSentAsync(ConversationKey key, long sequence, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReleaseAsync(ConversationKey key, long sequence, int delivered, TimeSpan delay, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<ConversationKey>> FindPendingAsync(int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ConversationKey>>([]);

    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _current = Nothing;
        return Task.CompletedTask;
    }
}
