namespace DisputeBot.Storage.DirectLine;

/// <summary>
/// Where the self-hosted Direct Line keeps its conversations: who each one is for, and its log, a bounded list of
/// activities (as UTF-8 JSON) numbered from 0 in order. In memory for one instance, or in Redis so any instance serves
/// any conversation. A conversation nobody touches for <see cref="DirectLineStoreLimits.IdleTimeout"/> is gone.
/// Implementations throw <see cref="Turns.StoreUnavailableException"/> when the backend cannot be reached.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Opens conversation <paramref name="conversationId"/> for <paramref name="userId"/>, unless
    /// <paramref name="limit"/> conversations are open already (then false).</summary>
    Task<bool> CreateAsync(string conversationId, string userId, int limit, CancellationToken cancellationToken);

    /// <summary>The conversation if it is open; finding it counts as touching it.</summary>
    Task<DirectLineConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Marks the conversation started: true for the first caller only (on any instance).</summary>
    Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends the items in order, dropping the oldest ones beyond the log's limits, and wakes the
    /// conversation's readers on every instance.</summary>
    /// <returns>The number of the first item appended, or null when the conversation is gone.</returns>
    Task<long?> AppendAsync(string conversationId, IReadOnlyList<byte[]> items, CancellationToken cancellationToken);

    /// <summary>The items after <paramref name="watermark"/> (all that are kept when null), or null when the
    /// conversation is gone.</summary>
    Task<DirectLineLogPage?> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken);

    /// <summary>Empties the log (for <c>/forget</c>); numbering goes on where it was, so readers' watermarks stay valid.</summary>
    Task EraseLogAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Completes when something is appended to the conversation after this call (on any instance), or is
    /// cancelled with <paramref name="cancellationToken"/>. A missed wake-up is possible (Redis reconnecting): readers
    /// also read again now and then.</summary>
    Task WaitForChangeAsync(string conversationId, CancellationToken cancellationToken);
}
