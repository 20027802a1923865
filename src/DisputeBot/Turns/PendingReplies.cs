using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>One turn's replies waiting in the outbox, with all a sender needs to send them at any later time.
/// <see cref="Delivered"/> counts the messages an earlier attempt sent.</summary>
public sealed record PendingReplies(
    ConversationKey Key,
    long Sequence,
    string Sender,
    ConversationAddress? Address,
    string? ReplyToId,
    string? Locale,
    IReadOnlyList<Reply> Replies,
    int Delivered = 0);
