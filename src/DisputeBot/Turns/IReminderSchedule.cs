namespace DisputeBot.Turns;

/// <summary>
/// When each conversation next has a reminder due: a wake-up time per conversation, kept in the store so that any
/// instance can send it and it survives restarts. The reminders themselves live in the conversation's state; the
/// schedule only says when to look. Looking too early is harmless (the dialog finds nothing due), looking never is
/// not, so writers only ever make a time earlier and a claim's holder changes it only if nobody wrote meanwhile.
/// </summary>
public interface IReminderSchedule
{
    /// <summary>Makes the conversation's wake-up no later than <paramref name="at"/> (written before the state that
    /// holds the reminder, so a crash between the two loses nothing).</summary>
    Task WakeAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Claims conversations whose wake-up is at or before <paramref name="now"/>, each for
    /// <paramref name="lease"/>: no other instance claims it until the lease ends or it is finished.</summary>
    Task<IReadOnlyList<ReminderClaim>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Ends a claim: the conversation's next wake-up becomes <paramref name="next"/> (null: none), unless it
    /// was woken meanwhile, in which case the earlier of the two stays.</summary>
    Task FinishAsync(ReminderClaim claim, DateTimeOffset? next, CancellationToken cancellationToken);
}
