namespace DisputeBot.Turns;

/// <summary>One turn's replies as the store keeps them until they are sent: opaque bytes (see
/// <see cref="PendingRepliesJson"/>) under a sequence number that grows with every turn of the conversation.</summary>
/// <param name="Delivered">How many of the replies were already delivered by an earlier, interrupted attempt.</param>
public sealed record OutboxEntry(long Sequence, ReadOnlyMemory<byte> Payload, int Delivered = 0);
