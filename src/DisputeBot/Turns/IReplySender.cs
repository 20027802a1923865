namespace DisputeBot.Turns;

/// <summary>A channel's way of sending one conversation's pending replies, found by <see cref="Name"/> (the sender a
/// turn named in its <see cref="ReplyRoute"/>). The outbox calls it after the save, and again later for replies whose
/// send failed, so it needs nothing but what <see cref="PendingReplies"/> holds.</summary>
public interface IReplySender
{
    string Name { get; }

    /// <summary>Sends <see cref="PendingReplies.Replies"/> from <see cref="PendingReplies.Delivered"/> on, in order,
    /// stopping at the first that fails.</summary>
    /// <returns>How many are delivered now (counted from the first), and the channel's retry_after if it gave one.
    /// A reply the channel refuses for good (the user blocked the bot) counts as delivered.</returns>
    Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken);
}

/// <param name="Delivered">How many of the replies (counted from the first) are delivered.</param>
/// <param name="RetryAfter">When the channel said how long to wait (Telegram's retry_after, a Retry-After header).</param>
public sealed record DeliveryReport(int Delivered, TimeSpan? RetryAfter = null);
