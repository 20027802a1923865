using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Hosting.Telemetry;
using Microsoft.Extensions.Options;

namespace DisputeBot.Turns;

/// <summary>
/// Sends replies from the outbox, in order (older ones first, so nothing overtakes): hands each claimed entry to the
/// <see cref="IReplySender"/> it names, marks it sent, or gives it back to be tried again after the channel's
/// retry_after. Used right after a turn by the channel (the turn's save claimed them), and by
/// <see cref="OutboxSweeper"/> for replies left behind (claimed here).
/// </summary>
public sealed partial class ReplyDispatcher(
    IReplyOutbox outbox,
    IEnumerable<IReplySender> senders,
    IOptions<TurnPipelineOptions> options,
    ILogger<ReplyDispatcher> logger,
    DisputeBotTelemetry? telemetry = null)
{
    private readonly Dictionary<string, IReplySender> _senders = senders.ToDictionary(s => s.Name, StringComparer.Ordinal);
    private readonly TurnPipelineOptions _options = options.Value;

    /// <summary>Sends a turn's replies: from the outbox when they were saved there (the entries its save claimed,
    /// older ones first), otherwise (a notice nothing was saved with) once, directly.</summary>
    public async Task DeliverAsync(ConversationKey key, TurnResult result, ReplyRoute route, ConversationAddress? address, CancellationToken cancellationToken)
    {
        if (result.OutboxSequence is not null)
        {
            await SendClaimedAsync(key, result.Claimed, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result.Replies.Count == 0 || !_senders.TryGetValue(route.Sender, out var sender))
        {
            return;
        }

        try
        {
            // Unsaved (a store outage, a lost race, a forgotten conversation): one try, the user can send again.
            await sender.SendAsync(new PendingReplies(key, 0, route.Sender, address, route.ReplyToId, route.Locale, result.Replies), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNoticeLost(exception, key.Channel);
        }
    }

    /// <summary>Claims and sends the conversation's pending replies that are due.</summary>
    /// <returns>How many entries were sent completely.</returns>
    public async Task<int> DeliverPendingAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimAsync(key, _options.OutboxLease, cancellationToken).ConfigureAwait(false);
        return await SendClaimedAsync(key, claimed, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> SendClaimedAsync(ConversationKey key, IReadOnlyList<OutboxEntry> claimed, CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            var entry = claimed[i];
            var report = await SendAsync(key, entry, cancellationToken).ConfigureAwait(false);
            if (report.Complete)
            {
                await outbox.MarkSentAsync(key, entry.Sequence, cancellationToken).ConfigureAwait(false);
                telemetry?.OutboxChanged(-1);
                sent++;
                continue;
            }

            // This one and every later one wait, so the user reads them in order.
            var delay = report.RetryAfter ?? _options.OutboxRetryDelay;
            LogSendPostponed(key.Channel, entry.Sequence, delay.TotalSeconds);
            await outbox.ReleaseAsync(key, entry.Sequence, report.Delivered, delay, cancellationToken).ConfigureAwait(false);
            for (var j = i + 1; j < claimed.Count; j++)
            {
                await outbox.ReleaseAsync(key, claimed[j].Sequence, claimed[j].Delivered, delay, cancellationToken).ConfigureAwait(false);
            }

            break;
        }

        return sent;
    }

    private async Task<DeliveryReport> SendAsync(ConversationKey key, OutboxEntry entry, CancellationToken cancellationToken)
    {
        PendingReplies pending;
        try
        {
            pending = entry.Written ?? PendingRepliesJson.Read(key, entry);
        }
        catch (JsonException exception)
        {
            // Never sendable: dropped rather than blocking every later reply of the conversation.
            LogUnreadable(exception, key.Channel, entry.Sequence);
            return DeliveryReport.AllSent;
        }

        if (!_senders.TryGetValue(pending.Sender, out var sender))
        {
            // Another instance may have the channel configured; this one leaves the entry for it.
            LogNoSender(pending.Sender, key.Channel);
            return new DeliveryReport(false, pending.Delivered);
        }

        try
        {
            var report = await sender.SendAsync(pending, cancellationToken).ConfigureAwait(false);
            telemetry?.OutboundCall(sender.Name, report.Complete);
            return report;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSendFailed(exception, key.Channel, entry.Sequence);
            telemetry?.OutboundCall(sender.Name, succeeded: false);
            return new DeliveryReport(false, pending.Delivered);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies {Sequence} on {Channel} not delivered yet; next try in {Seconds} s")]
    private partial void LogSendPostponed(string channel, long sequence, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending replies {Sequence} on {Channel} failed; they stay in the outbox")]
    private partial void LogSendFailed(Exception exception, string channel, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A notice on {Channel} could not be sent")]
    private partial void LogNoticeLost(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable outbox entry {Sequence} on {Channel}; dropped")]
    private partial void LogUnreadable(Exception exception, string channel, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No reply sender '{Sender}' on this instance for {Channel}; the replies wait for one that has it")]
    private partial void LogNoSender(string sender, string channel);
}
