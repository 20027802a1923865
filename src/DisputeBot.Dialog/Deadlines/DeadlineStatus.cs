namespace DisputeBot.Dialog.Deadlines;

/// <summary>Where a deadline stands on the buyer's "today".</summary>
public enum DeadlineStatus
{
    /// <summary>A window that opens in the future (<see cref="DeadlineKind.FirstDisputeDay"/>, <see cref="DeadlineKind.EscalateFrom"/>).</summary>
    NotYet,

    /// <summary>Upcoming: there is still time after today.</summary>
    Open,

    /// <summary>Today is the last day.</summary>
    Today,

    /// <summary>The date is behind us: a last day was missed, or a window (first dispute day, escalate from) is open.</summary>
    Passed,
}
