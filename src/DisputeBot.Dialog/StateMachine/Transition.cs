namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>What a transition's actions are told.</summary>
    /// <param name="Source">The state the machine was in when the trigger was fired.</param>
    /// <param name="Destination">The state the machine ends in: after initial transitions are followed; equal to
    /// <paramref name="Source"/> for internal transitions.</param>
    /// <param name="Trigger">The trigger fired.</param>
    /// <param name="IsReentry">The transition exits and enters the same state again (PermitReentry, or a transition
    /// whose destination is the current state).</param>
    /// <param name="Parameters">The trigger's arguments; empty for a trigger without parameters.</param>
    public sealed record Transition(TState Source, TState Destination, TTrigger Trigger, bool IsReentry, object?[] Parameters);
}
