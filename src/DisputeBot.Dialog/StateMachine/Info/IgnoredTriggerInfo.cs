namespace DisputeBot.Dialog.StateMachine;

/// <summary>A trigger accepted and ignored (Ignore, IgnoreIf).</summary>
/// <param name="Guard">The guard's description ("guarded" when it was given none); null when unguarded.</param>
public sealed record IgnoredTriggerInfo(TriggerInfo Trigger, string? Guard);
