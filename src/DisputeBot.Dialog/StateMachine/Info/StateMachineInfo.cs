namespace DisputeBot.Dialog.StateMachine;

/// <summary>A reflection of a machine's configuration (from <c>StateMachine.GetInfo()</c>), the input of the
/// diagram formats. Everything is listed in the order it was configured, so output drawn from it is stable.</summary>
public sealed class StateMachineInfo
{
    internal StateMachineInfo(StateInfo initialState, IReadOnlyList<StateInfo> states, Type stateType, Type triggerType)
    {
        InitialState = initialState;
        States = states;
        StateType = stateType;
        TriggerType = triggerType;
    }

    /// <summary>The state the machine was in when the info was taken: take it from a machine in its starting state
    /// to draw the starting point.</summary>
    public StateInfo InitialState { get; }

    /// <summary>Every state configured or named (as a destination, superstate or initial substate), in the order
    /// first met.</summary>
    public IReadOnlyList<StateInfo> States { get; }

    /// <summary>The top-level states (those without a superstate), in order.</summary>
    public IEnumerable<StateInfo> TopLevelStates => States.Where(s => s.Superstate is null);

    public Type StateType { get; }

    public Type TriggerType { get; }
}
