namespace DisputeBot.Dialog.StateMachine;

/// <summary>A trigger handled by an action without leaving the state (InternalTransition).</summary>
public sealed record InternalTransitionInfo(TriggerInfo Trigger);
