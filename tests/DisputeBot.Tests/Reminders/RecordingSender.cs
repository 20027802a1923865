using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Reminders;

/// <summary>A channel that records every reply it delivered, with the conversation it went to.</summary>
internal sealed class RecordingSender : IReplySender
{
    public const string SenderName = "recording";

    private readonly List<(ConversationKey Key, Reply Reply)> _delivered = [];

    public string Name => SenderName;

    public IReadOnlyList<(ConversationKey Key, Reply Reply)> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>The reminders delivered (a reminder is the question whose text starts with the clock).</summary>
    public IReadOnlyList<(ConversationKey Key, ChoicesReply Reminder)> Reminders =>
        [.. Delivered.Where(d => d.Reply is ChoicesReply { Text: ['⏰', ..] }).Select(d => (d.Key, (ChoicesReply)d.Reply))];

    public Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        lock (_delivered)
        {
            _delivered.AddRange(replies.Replies.Skip(replies.Delivered).Select(r => (replies.Key, r)));
        }

        return Task.FromResult(DeliveryReport.AllSent);
    }
}
