namespace DisputeBot.Turns;

/// <summary>
/// The store side of the reply outbox. Replies enter it with the state, in the same conditional save
/// (<see cref="IConversationStore.TrySaveAsync(ConversationKey, ReadOnlyMemory{byte}, string?, OutboxEntry, TimeSpan, CancellationToken)"/>),
/// which also claims them for the saving instance. Entries left behind (a failed send, an instance that stopped) are
/// claimed by the next turn of the chat or the sweeper, sent in order and marked sent. Both stores implement it.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>Takes the conversation's due entries in order, for <paramref name="lease"/>. Stops at the first entry
    /// not yet due (sent by someone else right now, or waiting for a retry_after), so replies never overtake.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ConversationKey key, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Removes a sent entry. May return before the store has done it: should the removal be lost, the entry
    /// is sent again once its lease has passed (at least once, never lost).</summary>
    Task MarkSentAsync(ConversationKey key, long sequence, CancellationToken cancellationToken);

    /// <summary>Gives a claimed entry back, to be tried again after <paramref name="delay"/>, remembering how many of
    /// its replies were delivered.</summary>
    Task ReleaseAsync(ConversationKey key, long sequence, int delivered, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Conversations with pending entries (due or not), at most <paramref name="limit"/>, for the sweeper.</summary>
    Task<IReadOnlyList<ConversationKey>> FindPendingAsync(int limit, CancellationToken cancellationToken);
}
