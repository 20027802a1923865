namespace DisputeBot.Dialog.Deadlines;

/// <summary>One date the bot reports.</summary>
/// <param name="Kind">What the date means.</param>
/// <param name="Date">The day, in the buyer's calendar.</param>
/// <param name="DaysLeft"><see cref="Date"/> − today: 0 today, negative once passed.</param>
/// <param name="Status">Where the date stands today.</param>
/// <param name="RuleId">The rule (dialogs/rules.yaml) whose number produced the date; for the protection end read from
/// the timer, <c>protection_default</c>, the rule the timer replaces.</param>
/// <param name="Estimate">True when the rule is an estimate or the date hangs on a protection end estimated from dates.</param>
public sealed record Deadline(DeadlineKind Kind, DateOnly Date, int DaysLeft, DeadlineStatus Status, string RuleId, bool Estimate);
