using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>What the pipeline did with a turn, and the replies the channel should now send (in order).</summary>
public sealed record TurnResult(TurnOutcome Outcome, IReadOnlyList<Reply> Replies)
{
    /// <summary>Set when the replies were saved to the outbox with the state: send them through
    /// <see cref="ReplyDispatcher"/>, which marks them sent.</summary>
    public long? OutboxSequence { get; init; }

    /// <summary>The outbox entries the save claimed for this instance to send now, in order (see
    /// <see cref="OutboxSave"/>).</summary>
    public IReadOnlyList<OutboxEntry> Claimed { get; init; } = [];

    /// <summary>After the turn, when the conversation's next reminder is due (null: none).</summary>
    public DateTimeOffset? NextReminderAt { get; init; }

    /// <summary>Reminders the dialog dropped unsent in this turn (see <see cref="DialogResult.RemindersDropped"/>).</summary>
    public int RemindersDropped { get; init; }

    public static TurnResult Duplicate { get; } = new(TurnOutcome.Duplicate, []);

    public static TurnResult Skipped { get; } = new(TurnOutcome.Skipped, []);
}

public enum TurnOutcome
{
    /// <summary>The dialog ran and its new state was saved.</summary>
    Answered,

    /// <summary>This update was handled before (a redelivery): nothing to send.</summary>
    Duplicate,

    /// <summary>A reminder turn found nothing to do (nothing due, or the conversation is gone): nothing saved.</summary>
    Skipped,

    /// <summary>The user's data was deleted.</summary>
    Forgotten,

    /// <summary>The store could not be reached: nothing saved, a notice to send.</summary>
    Unavailable,

    /// <summary>Concurrent turns kept winning the race: nothing saved, a notice asking to resend.</summary>
    Conflicted,
}
