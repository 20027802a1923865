using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>
/// Passes calls to a real store, counting lost save races. The first two loads wait for each other before either
/// turn goes on, so those two turns both read before either writes: at least one conflict is certain, and the test
/// proves the retry path rather than hoping the scheduler interleaves.
/// </summary>
internal sealed class ContendedStore(IConversationStore inner, ContendedStore.Gate gate) : IConversationStore
{
    private int _conflicts;

    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var loaded = await inner.LoadAsync(key, cancellationToken);
        await gate.PassAsync(cancellationToken);
        return loaded;
    }

    public async Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
    {
        var etag = await inner.TrySaveAsync(key, payload, expectedETag, cancellationToken);
        if (etag is null)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return etag;
    }

    public async Task<OutboxSave?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, OutboxEntry replies, TimeSpan lease, CancellationToken cancellationToken)
    {
        var saved = await inner.TrySaveAsync(key, payload, expectedETag, replies, lease, cancellationToken);
        if (saved is null)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return saved;
    }

    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    /// <summary>Shared by the stores of all instances: holds the first two loads until both happened.</summary>
    public sealed class Gate
    {
        private readonly TaskCompletionSource _bothLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _loads;

        public Task PassAsync(CancellationToken cancellationToken)
        {
            var load = Interlocked.Increment(ref _loads);
            if (load == 2)
            {
                _bothLoaded.TrySetResult();
            }

            return load <= 2 ? _bothLoaded.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken) : Task.CompletedTask;
        }
    }
}
