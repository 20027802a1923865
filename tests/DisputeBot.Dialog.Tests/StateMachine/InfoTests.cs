using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class InfoTests
{
    private readonly StateMachineInfo _info = SmallMachine.Build().GetInfo();

    private StateInfo StateNamed(string name) => _info.States.Single(s => s.Name == name);

    [Fact]
    public void Info_lists_every_state_in_the_order_first_configured_or_named()
    {
        Assert.Equal(["A", "Parent", "Child1", "Child2", "B"], _info.States.Select(s => s.Name));
        Assert.Equal(["A", "Parent", "B"], _info.TopLevelStates.Select(s => s.Name));
        Assert.Equal(State.Child1, StateNamed("Child1").UnderlyingState);
    }

    [Fact]
    public void Info_shows_the_current_state_as_the_initial_state()
    {
        Assert.Equal("A", _info.InitialState.Name);
        Assert.Equal((typeof(State), typeof(Trigger)), (_info.StateType, _info.TriggerType));
    }

    [Fact]
    public void Info_shows_substates_and_initial_transitions()
    {
        var parent = StateNamed("Parent");

        Assert.Equal(["Child1", "Child2"], parent.Substates.Select(s => s.Name));
        Assert.Same(parent, StateNamed("Child2").Superstate);
        Assert.Equal("Child1", parent.InitialTransitionTarget?.Name);
    }

    [Fact]
    public void Info_shows_transitions_with_their_guard_descriptions_and_parameter_types()
    {
        var transition = Assert.Single(StateNamed("Child1").FixedTransitions);

        Assert.Equal(("Text", "Child2", "has \"text\"", false), (transition.Trigger.Name, transition.Destination.Name, transition.Guard, transition.IsReentry));
        Assert.Equal(typeof(string), transition.Trigger.ParameterType);
        Assert.Equal("guarded", Assert.Single(StateNamed("B").FixedTransitions).Guard);
        Assert.Null(Assert.Single(StateNamed("A").FixedTransitions).Guard);
    }

    [Fact]
    public void Info_shows_reentries_dynamic_transitions_ignored_triggers_and_internal_transitions()
    {
        var child2 = StateNamed("Child2");
        var reentry = Assert.Single(child2.FixedTransitions);
        var dynamic = Assert.Single(child2.DynamicTransitions);

        Assert.True(reentry.IsReentry);
        Assert.Same(child2, reentry.Destination);
        Assert.Equal(("Choose", "by topic"), (dynamic.Trigger.Name, dynamic.Description));
        Assert.Equal(["Child1", "B"], dynamic.PossibleDestinations.Select(s => s.Name));
        Assert.Equal(("Noise", "when quiet"), (StateNamed("B").IgnoredTriggers[0].Trigger.Name, StateNamed("B").IgnoredTriggers[0].Guard));
        Assert.Null(Assert.Single(StateNamed("A").IgnoredTriggers).Guard);
        Assert.Equal("Tick", Assert.Single(StateNamed("Child1").InternalTransitions).Trigger.Name);
    }

    [Fact]
    public void Info_shows_entry_and_exit_actions_with_their_descriptions()
    {
        var parent = StateNamed("Parent");
        var entryFrom = Assert.Single(StateNamed("Child2").EntryActions);

        Assert.Equal(["greet"], parent.EntryActions.Select(a => a.Description));
        Assert.Equal(["say bye", null], parent.ExitActions.Select(a => a.Description));
        Assert.Equal(("thank", "Text"), (entryFrom.Description, entryFrom.FromTrigger?.Name));
    }

    [Fact]
    public void Taking_the_info_does_not_change_the_machine()
    {
        var stored = State.Other;
        var machine = new StateMachine<State, Trigger>(() => stored, s => stored = s);
        machine.Configure(State.A).Permit(Trigger.X, State.B);

        var info = machine.GetInfo();

        Assert.Equal(["A", "B", "Other"], info.States.Select(s => s.Name));
        Assert.Equal("Other", info.InitialState.Name);
        Assert.Equal(["A", "B"], machine.GetInfo().States.Select(s => s.Name).Take(2));
        Assert.Equal(State.Other, stored);
    }
}
