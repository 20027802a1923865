namespace DisputeBot.Turns;

/// <summary>One turn's replies as the store keeps them until they are sent: opaque bytes (see
/// <see cref="PendingRepliesJson"/>) under a sequence number that grows with every turn of the conversation.</summary>
/// <param name="Delivered">How many of the replies were already delivered by an earlier, interrupted attempt.</param>
public sealed record OutboxEntry(long Sequence, ReadOnlyMemory<byte> Payload, int Delivered = 0)
{
    /// <summary>What <see cref="Payload"/> holds, when this process wrote the entry for the turn it is sending now:
    /// the sender need not read back what the turn has in hand. Null for an entry read from the store.</summary>
    public PendingReplies? Written { get; init; }
}
