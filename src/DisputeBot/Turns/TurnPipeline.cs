using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Handoff;
using DisputeBot.Hosting.Telemetry;
using Microsoft.Extensions.Options;

namespace DisputeBot.Turns;

/// <summary>
/// The one turn flow every channel uses: load state with its ETag → skip a redelivered update → run the dialog →
/// save only if the ETag is unchanged (rerun a bounded number of times on conflict) → hand the replies back, which
/// the channel sends only now, after the save. A turn that hands the buyer to a person is also posted to the handoff
/// webhook, when one is set.
/// </summary>
public sealed partial class TurnPipeline(
    IConversationStore store,
    IDialog dialog,
    TimeProvider time,
    IOptions<TurnPipelineOptions> options,
    ILogger<TurnPipeline> logger,
    DisputeBotTelemetry? telemetry = null,
    IEnumerable<ITurnObserver>? observers = null,
    IEnumerable<IConversationEraser>? erasers = null,
    HandoffWebhook? handoffWebhook = null,
    IReminderSchedule? reminders = null)
{
    private readonly ITurnObserver[] _observers = observers?.ToArray() ?? [];

    private readonly IConversationEraser[] _erasers = erasers?.ToArray() ?? [];

    private readonly int _maxRetries = options.Value.MaxConflictRetries;

    private readonly TimeSpan _lease = options.Value.OutboxLease;

    /// <param name="address">Where the conversation can be reached later; null keeps the stored one.</param>
    public Task<TurnResult> RunAsync(ConversationKey key, Turn turn, ConversationAddress? address, CancellationToken cancellationToken) =>
        RunAsync(key, turn, address, route: null, cancellationToken);

    /// <param name="address">Where the conversation can be reached later; null keeps the stored one.</param>
    /// <param name="route">Given, the replies are saved to the outbox with the state (and the result carries their
    /// <see cref="TurnResult.OutboxSequence"/> and the entries claimed to send now); the caller then sends them with
    /// <see cref="ReplyDispatcher"/>.</param>
    public async Task<TurnResult> RunAsync(ConversationKey key, Turn turn, ConversationAddress? address, ReplyRoute? route, CancellationToken cancellationToken)
    {
        using var activity = DisputeBotTelemetry.StartTurn(key.Channel);
        var started = time.GetTimestamp();
        var result = await RunTurnAsync(key, turn, address, route, cancellationToken).ConfigureAwait(false);
        telemetry?.TurnEnded(key.Channel, result.Outcome.ToString(), time.GetElapsedTime(started), activity);
        if (result.OutboxSequence is not null)
        {
            telemetry?.OutboxChanged(+1);
        }

        return result;
    }

    private async Task<TurnResult> RunTurnAsync(ConversationKey key, Turn turn, ConversationAddress? address, ReplyRoute? route, CancellationToken cancellationToken)
    {
        var fingerprint = turn.UpdateId.Length > 0 ? UpdateFingerprint.Of(turn.UpdateId) : (ulong?)null;
        for (var attempt = 0; attempt <= _maxRetries; attempt++)
        {
            try
            {
                var loading = time.GetTimestamp();
                var stored = await store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
                telemetry?.StoreCall("load", time.GetElapsedTime(loading));
                var record = Read(key, stored);
                var remindersDue = turn.Input is RemindersDueInput;
                if (record is null && remindersDue)
                {
                    // Forgotten or expired since it was scheduled: nothing to remind, nothing to create.
                    return TurnResult.Skipped;
                }

                if (record is not null && fingerprint is { } seen && Contains(record.RecentUpdates, seen))
                {
                    LogDuplicate(key.Channel, turn.UpdateId);
                    telemetry?.Duplicate(key.Channel);
                    return TurnResult.Duplicate;
                }

                var now = time.GetUtcNow();
                var result = dialog.Handle(record?.Dialog, turn, now);
                if (result.ForgetConversation)
                {
                    await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                    foreach (var eraser in _erasers)
                    {
                        await eraser.EraseAsync(key, cancellationToken).ConfigureAwait(false);
                    }
                    LogForgotten(key.Channel);
                    return new TurnResult(TurnOutcome.Forgotten, result.Replies);
                }

                if (remindersDue && ReferenceEquals(result.State, record!.Dialog) && result.Replies.Count == 0)
                {
                    // Woken early (a date moved later, reminders stopped): nothing changed, nothing to write.
                    return TurnResult.Skipped with { NextReminderAt = record.Dialog.NextReminderAt };
                }

                // Scheduled before the state that holds the reminder is saved, so a crash between the two loses
                // nothing (an early wake-up finds nothing due). Only an earlier time needs writing: later ones are
                // found when the schedule wakes for the earlier.
                var nextReminder = result.State.NextReminderAt;
                if (reminders is not null && nextReminder is { } wake && !(record?.Dialog.NextReminderAt <= wake))
                {
                    await reminders.WakeAsync(key, wake, cancellationToken).ConfigureAwait(false);
                }

                var outboxed = route is not null && result.Replies.Count > 0;
                var next = new ConversationRecord
                {
                    Dialog = result.State,
                    RecentUpdates = Remember(record?.RecentUpdates, fingerprint),
                    Address = address ?? record?.Address,
                    LastActivity = now,
                    OutboxSequence = (record?.OutboxSequence ?? 0) + (outboxed ? 1 : 0),
                    FileKey = record?.FileKey ?? (HasFile(result.Replies) ? ConversationRecord.NewFileKey() : null),
                };
                var payload = ConversationRecordJson.Serialize(next);
                var pending = outboxed
                    ? new PendingReplies(key, next.OutboxSequence, route!.Sender, next.Address, route.ReplyToId, route.Locale ?? turn.Locale, result.Replies)
                    : null;
                var entry = pending is null ? null : new OutboxEntry(pending.Sequence, PendingRepliesJson.Write(pending)) { Written = pending };
                var saving = time.GetTimestamp();
                var saved = entry is null
                    ? await store.TrySaveAsync(key, payload, stored?.ETag, cancellationToken).ConfigureAwait(false) is { } etag ? new OutboxSave(etag, []) : null
                    : await store.TrySaveAsync(key, payload, stored?.ETag, entry, _lease, cancellationToken).ConfigureAwait(false);
                telemetry?.StoreCall("save", time.GetElapsedTime(saving));
                if (saved is not null)
                {
                    foreach (var observer in _observers)
                    {
                        observer.TurnSaved(key, result, now);
                    }

                    if (handoffWebhook is not null)
                    {
                        // After the save, so a handoff is posted once for a turn that happened.
                        await handoffWebhook.NotifyAsync(key, turn.UpdateId, result.Replies, cancellationToken).ConfigureAwait(false);
                    }

                    return new TurnResult(TurnOutcome.Answered, result.Replies)
                    {
                        OutboxSequence = entry?.Sequence,
                        Claimed = saved.Claimed,
                        NextReminderAt = nextReminder,
                        RemindersDropped = result.RemindersDropped,
                    };
                }

                LogConflict(key.Channel, attempt + 1);
                telemetry?.Conflict(key.Channel);
            }
            catch (StoreUnavailableException exception)
            {
                LogUnavailable(exception, key.Channel);
                return new TurnResult(TurnOutcome.Unavailable, [dialog.Notice(SystemNotice.TemporarilyUnavailable, turn.Locale)]);
            }
        }

        LogGaveUp(key.Channel, _maxRetries + 1);
        return new TurnResult(TurnOutcome.Conflicted, [dialog.Notice(SystemNotice.PleaseResend, turn.Locale)]);
    }

    private ConversationRecord? Read(ConversationKey key, StoredState? stored)
    {
        if (stored is null)
        {
            return null;
        }

        try
        {
            var record = ConversationRecordJson.Deserialize(stored.Payload.Span);
            if (record is { Version: ConversationRecord.CurrentVersion, Dialog: not null })
            {
                return record;
            }

            LogUnreadable(key.Channel, $"version {record?.Version}");
        }
        catch (JsonException exception)
        {
            LogUnreadable(key.Channel, exception.Message);
        }

        // An unreadable record starts the conversation afresh; the save stays conditional on its ETag.
        return null;
    }

    private static bool HasFile(IReadOnlyList<Reply> replies)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (replies[i] is FileReply)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<ulong> recent, ulong fingerprint)
    {
        for (var i = 0; i < recent.Count; i++)
        {
            if (recent[i] == fingerprint)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<ulong> Remember(IReadOnlyList<ulong>? recent, ulong? fingerprint)
    {
        recent ??= [];
        if (fingerprint is not { } added)
        {
            return recent;
        }

        var kept = Math.Min(recent.Count, ConversationRecord.RecentUpdateLimit - 1);
        var next = new ulong[kept + 1];
        for (var i = 0; i < kept; i++)
        {
            next[i] = recent[recent.Count - kept + i];
        }

        next[kept] = added;
        return next;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped redelivered update {UpdateId} on {Channel}")]
    private partial void LogDuplicate(string channel, string updateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted a conversation's data on request on {Channel}")]
    private partial void LogForgotten(string channel);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Save conflict on {Channel}, attempt {Attempt}; rerunning the turn")]
    private partial void LogConflict(string channel, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up on a turn on {Channel} after {Attempts} conflicting attempts")]
    private partial void LogGaveUp(string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "State store unavailable on {Channel}; answered with a notice")]
    private partial void LogUnavailable(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable stored state on {Channel} ({Reason}); starting afresh")]
    private partial void LogUnreadable(string channel, string reason);
}
