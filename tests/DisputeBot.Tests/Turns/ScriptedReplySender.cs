using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>A channel that records what it delivered, and fails the calls a test scripts: a thrown error (a
/// Telegram 500, a timeout) or a retry_after.</summary>
internal sealed class ScriptedReplySender : IReplySender
{
    public const string SenderName = "scripted";

    private readonly Queue<Func<PendingReplies, DeliveryReport>> _script = new();
    private readonly List<string> _delivered = [];

    public string Name => SenderName;

    /// <summary>The text of every reply delivered, in order, across all calls.</summary>
    public IReadOnlyList<string> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    public void FailNextWithError() => _script.Enqueue(_ => throw new HttpRequestException("500 Internal Server Error"));

    public void FailNextWithRetryAfter(TimeSpan retryAfter) => _script.Enqueue(p => new DeliveryReport(false, p.Delivered, retryAfter));

    public Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        lock (_delivered)
        {
            if (_script.TryDequeue(out var scripted))
            {
                return Task.FromResult(scripted(replies));
            }

            _delivered.AddRange(replies.Replies.Skip(replies.Delivered).Select(r => ((TextReply)r).Text));
        }

        return Task.FromResult(DeliveryReport.AllSent);
    }
}
