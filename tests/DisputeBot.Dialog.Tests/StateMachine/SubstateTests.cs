using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class SubstateTests
{
    private readonly List<string> _log = [];

    private StateMachine<State, Trigger> Hierarchy(State initial)
    {
        var machine = new StateMachine<State, Trigger>(initial);
        Logged(machine.Configure(State.A)).Permit(Trigger.Go, State.Child1).Permit(Trigger.Y, State.Parent);
        Logged(machine.Configure(State.Parent)).Permit(Trigger.Back, State.A).PermitReentry(Trigger.Z);
        Logged(machine.Configure(State.Child1)).SubstateOf(State.Parent).Permit(Trigger.X, State.Child2);
        Logged(machine.Configure(State.Child2)).SubstateOf(State.Parent).Permit(Trigger.X, State.Child1).Permit(Trigger.Y, State.Parent);
        return machine;
    }

    private StateMachine<State, Trigger>.StateConfiguration Logged(StateMachine<State, Trigger>.StateConfiguration state) =>
        state.OnEntry(_ => _log.Add($"enter {state.State}")).OnExit(_ => _log.Add($"exit {state.State}"));

    [Fact]
    public void A_trigger_not_configured_on_the_substate_is_handled_by_the_superstate()
    {
        var machine = Hierarchy(State.Child1);

        machine.Fire(Trigger.Back);

        Assert.Equal(State.A, machine.State);
        Assert.Equal(["exit Child1", "exit Parent", "enter A"], _log);
    }

    [Fact]
    public void A_substate_handler_takes_precedence_over_the_superstates()
    {
        var machine = new StateMachine<State, Trigger>(State.Child1);
        machine.Configure(State.Parent).Permit(Trigger.X, State.A);
        machine.Configure(State.Child1).SubstateOf(State.Parent).Permit(Trigger.X, State.Child2);
        machine.Configure(State.Child2).SubstateOf(State.Parent);

        machine.Fire(Trigger.X);

        Assert.Equal(State.Child2, machine.State);
    }

    [Fact]
    public void When_the_substates_guards_are_all_false_the_superstate_handles_the_trigger()
    {
        var machine = new StateMachine<State, Trigger>(State.Child1);
        machine.Configure(State.Parent).Permit(Trigger.X, State.A);
        machine.Configure(State.Child1).SubstateOf(State.Parent).PermitIf(Trigger.X, State.Child2, () => false);

        machine.Fire(Trigger.X);

        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void Moving_between_siblings_does_not_exit_or_enter_the_common_superstate()
    {
        var machine = Hierarchy(State.Child1);

        machine.Fire(Trigger.X);

        Assert.Equal(State.Child2, machine.State);
        Assert.Equal(["exit Child1", "enter Child2"], _log);
    }

    [Fact]
    public void Entering_a_substate_from_outside_enters_the_superstate_first()
    {
        var machine = Hierarchy(State.A);

        machine.Fire(Trigger.Go);

        Assert.Equal(["exit A", "enter Parent", "enter Child1"], _log);
    }

    [Fact]
    public void Moving_from_a_substate_to_its_superstate_exits_only_the_substate()
    {
        var machine = Hierarchy(State.Child2);

        machine.Fire(Trigger.Y);

        Assert.Equal(State.Parent, machine.State);
        Assert.Equal(["exit Child2"], _log);
    }

    [Fact]
    public void A_reentry_configured_on_the_superstate_exits_the_substate_and_reenters_the_superstate()
    {
        var machine = Hierarchy(State.Child1);

        machine.Fire(Trigger.Z);

        Assert.Equal(State.Parent, machine.State);
        Assert.Equal(["exit Child1", "exit Parent", "enter Parent"], _log);
    }

    [Fact]
    public void An_initial_transition_continues_into_the_initial_substate()
    {
        var machine = Hierarchy(State.A);
        machine.Configure(State.Parent).InitialTransition(State.Child2);
        StateMachine<State, Trigger>.Transition? told = null;
        machine.OnTransitioned(t => told = t);

        machine.Fire(Trigger.Y);

        Assert.Equal(State.Child2, machine.State);
        Assert.Equal(["exit A", "enter Parent", "enter Child2"], _log);
        Assert.Equal((State.A, State.Child2), (told?.Source, told?.Destination));
    }

    [Fact]
    public void Initial_transitions_are_followed_through_several_levels()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.Go, State.Parent);
        machine.Configure(State.Parent).InitialTransition(State.Child1);
        machine.Configure(State.Child1).SubstateOf(State.Parent).InitialTransition(State.Grandchild);
        machine.Configure(State.Grandchild).SubstateOf(State.Child1);

        machine.Fire(Trigger.Go);

        Assert.Equal(State.Grandchild, machine.State);
        Assert.True(machine.IsInState(State.Parent));
    }
}
