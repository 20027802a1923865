namespace DisputeBot.Dialog.StateMachine;

/// <summary>One state's configuration.</summary>
public sealed class StateInfo
{
    internal StateInfo(object underlyingState, string name)
    {
        UnderlyingState = underlyingState;
        Name = name;
    }

    /// <summary>The state value itself (boxed).</summary>
    public object UnderlyingState { get; }

    /// <summary>The state's name as text (culture-independent).</summary>
    public string Name { get; }

    public StateInfo? Superstate { get; private set; }

    /// <summary>Direct substates, in the order they were declared.</summary>
    public IReadOnlyList<StateInfo> Substates { get; private set; } = [];

    /// <summary>The substate an <c>InitialTransition</c> continues into, if any.</summary>
    public StateInfo? InitialTransitionTarget { get; private set; }

    /// <summary>Transitions to a fixed state: Permit, PermitIf and PermitReentry, in configuration order.</summary>
    public IReadOnlyList<FixedTransitionInfo> FixedTransitions { get; private set; } = [];

    public IReadOnlyList<DynamicTransitionInfo> DynamicTransitions { get; private set; } = [];

    public IReadOnlyList<IgnoredTriggerInfo> IgnoredTriggers { get; private set; } = [];

    public IReadOnlyList<InternalTransitionInfo> InternalTransitions { get; private set; } = [];

    public IReadOnlyList<ActionInfo> EntryActions { get; private set; } = [];

    public IReadOnlyList<ActionInfo> ExitActions { get; private set; } = [];

    public override string ToString() => Name;

    // The graph of states refers to itself (superstates, destinations), so it is completed after every state exists.
    internal void Complete(
        StateInfo? superstate,
        IReadOnlyList<StateInfo> substates,
        StateInfo? initialTransitionTarget,
        IReadOnlyList<FixedTransitionInfo> fixedTransitions,
        IReadOnlyList<DynamicTransitionInfo> dynamicTransitions,
        IReadOnlyList<IgnoredTriggerInfo> ignoredTriggers,
        IReadOnlyList<InternalTransitionInfo> internalTransitions,
        IReadOnlyList<ActionInfo> entryActions,
        IReadOnlyList<ActionInfo> exitActions)
    {
        Superstate = superstate;
        Substates = substates;
        InitialTransitionTarget = initialTransitionTarget;
        FixedTransitions = fixedTransitions;
        DynamicTransitions = dynamicTransitions;
        IgnoredTriggers = ignoredTriggers;
        InternalTransitions = internalTransitions;
        EntryActions = entryActions;
        ExitActions = exitActions;
    }
}
