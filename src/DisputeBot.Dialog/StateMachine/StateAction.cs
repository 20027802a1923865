namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>An entry or exit action, optionally limited to one trigger (OnEntryFrom).</summary>
    internal sealed class StateAction(Action<Transition> action, string? description, TTrigger? fromTrigger, bool hasFromTrigger)
    {
        public string? Description { get; } = description;

        public bool HasFromTrigger { get; } = hasFromTrigger;

        public TTrigger? FromTrigger { get; } = fromTrigger;

        public bool AppliesTo(TTrigger trigger) => !HasFromTrigger || TriggerComparer.Equals(FromTrigger, trigger);

        public void Run(Transition transition) => action(transition);
    }
}
