using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class ConfigurationErrorTests
{
    [Fact]
    public void Permitting_the_same_trigger_twice_in_one_state_throws_at_configure_time()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var a = machine.Configure(State.A).Permit(Trigger.X, State.B);

        var error = Assert.Throws<InvalidOperationException>(() => a.Permit(Trigger.X, State.C));

        Assert.Contains("already handles trigger 'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuring_a_state_again_keeps_the_check_for_a_trigger_handled_twice()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);

        Assert.Throws<InvalidOperationException>(() => machine.Configure(State.A).Ignore(Trigger.X));
    }

    [Fact]
    public void A_guarded_handler_cannot_be_added_beside_an_unguarded_one()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var a = machine.Configure(State.A).Permit(Trigger.X, State.B);

        Assert.Throws<InvalidOperationException>(() => a.PermitIf(Trigger.X, State.C, () => true, "never ambiguous"));
    }

    [Fact]
    public void Permit_to_the_same_state_is_refused_in_favour_of_reentry()
    {
        var machine = new StateMachine<State, Trigger>(State.A);

        var error = Assert.Throws<ArgumentException>(() => machine.Configure(State.A).Permit(Trigger.X, State.A));

        Assert.Contains("PermitReentry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_cannot_become_its_own_superstate()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.Child1).SubstateOf(State.Parent);
        machine.Configure(State.Grandchild).SubstateOf(State.Child1);

        Assert.Throws<InvalidOperationException>(() => machine.Configure(State.Parent).SubstateOf(State.Grandchild));
        Assert.Throws<ArgumentException>(() => machine.Configure(State.A).SubstateOf(State.A));
    }

    [Fact]
    public void A_state_has_only_one_superstate()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.Child1).SubstateOf(State.Parent);

        Assert.Throws<InvalidOperationException>(() => machine.Configure(State.Child1).SubstateOf(State.Other));
    }

    [Fact]
    public void An_initial_transition_to_a_state_that_is_not_a_substate_fails_clearly_when_taken()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.Go, State.Parent);
        machine.Configure(State.Parent).InitialTransition(State.Other);

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.Go));

        Assert.Contains("not one of its substates", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }
}
