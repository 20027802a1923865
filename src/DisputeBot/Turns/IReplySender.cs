namespace DisputeBot.Turns;

/// <summary>A channel's way of sending one conversation's pending replies, found by <see cref="Name"/> (the sender a
/// turn named in its <see cref="ReplyRoute"/>). The outbox calls it after the save, and again later for replies whose
/// send failed, so it needs nothing but what <see cref="PendingReplies"/> holds.</summary>
public interface IReplySender
{
    string Name { get; }

    /// <summary>Sends <see cref="PendingReplies.Replies"/> in order, skipping the first
    /// <see cref="PendingReplies.Delivered"/> messages (sent by an earlier, interrupted attempt), stopping at the
    /// first that fails.</summary>
    /// <returns>Whether all went out, else how many messages have (counted from the first, in the channel's own
    /// rendering, which must be the same every time) and the channel's retry_after if it gave one. A message the
    /// channel refuses for good (the user blocked the bot) counts as delivered.</returns>
    Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken);
}

/// <param name="Complete">Every message went out: the entry is marked sent.</param>
/// <param name="Delivered">Otherwise, how many messages (counted from the first) went out.</param>
/// <param name="RetryAfter">When the channel said how long to wait (Telegram's retry_after, a Retry-After header).</param>
public sealed record DeliveryReport(bool Complete, int Delivered = 0, TimeSpan? RetryAfter = null)
{
    public static DeliveryReport AllSent { get; } = new(true);
}
