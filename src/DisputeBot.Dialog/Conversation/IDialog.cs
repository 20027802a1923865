namespace DisputeBot.Dialog.Conversation;

/// <summary>A pure conversation: no I/O, no clock of its own. (stored state, turn, now) → (new state, replies).</summary>
public interface IDialog
{
    /// <param name="state">The stored state, or null for a new conversation.</param>
    DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now);

    /// <summary>The calendar file of a stored conversation as /calendar would give it now (for a download link), or
    /// null when it has no deadline ahead. Nothing is saved: the state is only read.</summary>
    FileReply? CalendarFile(DialogState state, DateTimeOffset now) => null;

    /// <summary>Words for a turn the host could not run (storage down, too much contention), in the user's language.</summary>
    Reply Notice(SystemNotice notice, string? locale);
}

public enum SystemNotice
{
    /// <summary>The state store is unreachable: nothing was saved, try again in a minute.</summary>
    TemporarilyUnavailable,

    /// <summary>The turn kept conflicting with concurrent turns: please send it again.</summary>
    PleaseResend,
}
