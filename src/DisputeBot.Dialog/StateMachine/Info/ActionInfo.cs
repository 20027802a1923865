namespace DisputeBot.Dialog.StateMachine;

/// <summary>An entry or exit action.</summary>
/// <param name="Description">As configured; null when none was given (diagrams then leave the action out, because a
/// delegate's compiler-generated name is not stable).</param>
/// <param name="FromTrigger">For OnEntryFrom: the only trigger it runs for.</param>
public sealed record ActionInfo(string? Description, TriggerInfo? FromTrigger);
