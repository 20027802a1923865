namespace DisputeBot.Dialog.StateMachine;

/// <summary>A transition to a fixed state (Permit, PermitIf, or PermitReentry when <paramref name="IsReentry"/>).</summary>
/// <param name="Guard">The guard's description ("guarded" when it was given none); null when unguarded.</param>
public sealed record FixedTransitionInfo(TriggerInfo Trigger, StateInfo Destination, bool IsReentry, string? Guard);
