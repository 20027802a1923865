namespace DisputeBot.Turns;

/// <summary>
/// The store side of the reply outbox. Replies enter it with the state, in the same conditional save
/// (<see cref="IConversationStore.TrySaveAsync(ConversationKey, ReadOnlyMemory{byte}, string?, OutboxEntry?, CancellationToken)"/>),
/// owned for a lease by the instance that saved them. Whoever claims them later (the next turn of the chat, the
/// sweeper) sends them in order and marks them sent. Both stores implement it.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>Takes the conversation's pending entries in order, for <paramref name="lease"/>: every entry that is
    /// due, and <paramref name="own"/> (the caller's own, just saved) whatever its due time. Stops at the first entry
    /// not yet due (sent by someone else right now, or waiting for a retry_after), so replies never overtake.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ConversationKey key, long? own, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes a sent entry.</summary>
    Task MarkSentAsync(ConversationKey key, long sequence, CancellationToken cancellationToken);

    /// <summary>Gives a claimed entry back, to be tried again after <paramref name="delay"/>, remembering how many of
    /// its replies were delivered.</summary>
    Task ReleaseAsync(ConversationKey key, long sequence, int delivered, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Conversations with pending entries (due or not), at most <paramref name="limit"/>, for the sweeper.</summary>
    Task<IReadOnlyList<ConversationKey>> FindPendingAsync(int limit, CancellationToken cancellationToken);
}
