namespace DisputeBot.Dialog.Deadlines;

/// <summary>One date the bot reports.</summary>
/// <param name="Kind">What the date means.</param>
/// <param name="Date">The day, in the buyer's calendar.</param>
/// <param name="DaysLeft"><see cref="Date"/> − today: 0 today, negative once passed.</param>
/// <param name="Status">Where the date stands today.</param>
/// <param name="RuleId">The rule (dialogs/rules.yaml) whose number produced the date; for a date read from the timer,
/// <c>protection_longest</c>, the rule the timer replaces.</param>
/// <param name="Estimate">True when the rule is an estimate or the date hangs on a protection end estimated from dates.</param>
/// <param name="FromTimer">The date is the order page's countdown itself (a rule's date was cut back to it, or it is
/// the countdown's end): its source is the timer, not the rule.</param>
public sealed record Deadline(DeadlineKind Kind, DateOnly Date, int DaysLeft, DeadlineStatus Status, string RuleId, bool Estimate, bool FromTimer = false)
{
    /// <summary>The kinds that date the AliExpress dispute window: none of them is ever later than the timer's end,
    /// and none is Passed while the timer runs (other kinds are other windows: an open dispute's, PayPal's, the card's).</summary>
    /// <summary>Titled "(an estimate)": a date of the dispute window estimated from dates rather than read from the timer.</summary>
    public bool ShownAsEstimate => BoundByTimer && Estimate && !FromTimer;

    public bool BoundByTimer => Kind is DeadlineKind.FirstDisputeDay or DeadlineKind.ProtectionEnds
        or DeadlineKind.RequestExtensionBy or DeadlineKind.OpenIfNoExtensionBy or DeadlineKind.LastDisputeDay;
}
