namespace DisputeBot.Dialog.StateMachine;

/// <summary>A transition whose destination is chosen when fired (PermitDynamic).</summary>
/// <param name="Description">What the choice depends on, as configured.</param>
/// <param name="PossibleDestinations">The destinations declared as possible (empty when none were declared).</param>
public sealed record DynamicTransitionInfo(TriggerInfo Trigger, string? Description, IReadOnlyList<StateInfo> PossibleDestinations);
