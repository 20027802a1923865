namespace DisputeBot.Dialog.Conversation;

/// <summary>The outcome of one turn: the state to store and the replies to send after it is stored.</summary>
/// <param name="ForgetConversation">The user asked for their data to be deleted: the caller deletes the stored state
/// instead of saving <paramref name="State"/>.</param>
public sealed record DialogResult(DialogState State, IReadOnlyList<Reply> Replies, bool ForgetConversation = false)
{
    /// <summary>What the turn did, for analytics, in the order it happened.</summary>
    public IReadOnlyList<DialogEvent> Events { get; init; } = [];

    /// <summary>Reminders dropped in this turn, unsent: their deadline passed while no host could send them, or a
    /// later reminder of the same deadline was due too. The host logs it.</summary>
    public int RemindersDropped { get; init; }
}
