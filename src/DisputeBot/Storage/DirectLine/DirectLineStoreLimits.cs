namespace DisputeBot.Storage.DirectLine;

/// <summary>The bounds every Direct Line store keeps (from the <c>DirectLine</c> settings).</summary>
/// <param name="IdleTimeout">A conversation nobody touches for this long is gone, log and all.</param>
/// <param name="MaxItemsPerConversation">A log keeps at most this many items, the newest.</param>
/// <param name="MaxBytesPerConversation">A log keeps at most this many bytes of items, the newest.</param>
/// <param name="MaxBytes">All logs together (the memory store only; Redis is bounded by its own maxmemory).</param>
public sealed record DirectLineStoreLimits(TimeSpan IdleTimeout, int MaxItemsPerConversation, long MaxBytesPerConversation, long MaxBytes);
