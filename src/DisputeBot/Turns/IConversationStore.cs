namespace DisputeBot.Turns;

/// <summary>
/// Where conversation state lives, with optimistic concurrency: every stored item has an ETag, and a save names
/// the ETag it was based on. Implementations throw <see cref="StoreUnavailableException"/> when the backend
/// cannot be reached, and never leave partial data behind.
/// </summary>
public interface IConversationStore
{
    /// <returns>The stored bytes with their ETag, or null when nothing is stored.</returns>
    Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="payload"/> if the stored ETag still equals <paramref name="expectedETag"/>.</summary>
    /// <param name="expectedETag">The ETag loaded before the turn; null means "only if nothing is stored";
    /// "*" writes unconditionally.</param>
    /// <returns>The new ETag, or null when the stored item changed meanwhile (a conflict).</returns>
    Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>The same save, adding <paramref name="replies"/> to the conversation's outbox (see
    /// <see cref="IReplyOutbox"/>) in the same atomic write: both or neither. The same write claims, for
    /// <paramref name="lease"/>, the entries to send now: older ones that are due, then the new one.</summary>
    /// <returns>The new ETag with the claimed entries, or null on a conflict.</returns>
    Task<OutboxSave?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, OutboxEntry replies, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes everything stored for the conversation, its outbox included. Deleting nothing is not an error.</summary>
    Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken);
}

/// <summary>Serialized state as stored, with the ETag that identifies this version of it.</summary>
public sealed record StoredState(ReadOnlyMemory<byte> Payload, string ETag);
