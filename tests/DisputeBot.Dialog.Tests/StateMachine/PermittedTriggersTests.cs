using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class PermittedTriggersTests
{
    [Fact]
    public void Permitted_triggers_evaluate_guards_and_include_ignored_and_internal_triggers_in_configuration_order()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .Ignore(Trigger.Noise)
            .PermitIf(Trigger.X, State.B, () => false)
            .Permit(Trigger.Y, State.C)
            .InternalTransition(Trigger.Tick, _ => { })
            .PermitReentry(Trigger.Z);

        Assert.Equal([Trigger.Noise, Trigger.Y, Trigger.Tick, Trigger.Z], machine.PermittedTriggers);
    }

    [Fact]
    public void Permitted_triggers_include_the_superstates_after_the_states_own()
    {
        var machine = new StateMachine<State, Trigger>(State.Child1);
        machine.Configure(State.Parent).Permit(Trigger.Back, State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.Child1).SubstateOf(State.Parent).Permit(Trigger.X, State.Child2).Permit(Trigger.Go, State.C);

        Assert.Equal([Trigger.X, Trigger.Go, Trigger.Back], machine.PermittedTriggers);
    }

    [Fact]
    public void Can_fire_is_true_for_an_ignored_trigger_and_false_for_an_unconfigured_one()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Ignore(Trigger.Noise);

        Assert.True(machine.CanFire(Trigger.Noise));
        Assert.False(machine.CanFire(Trigger.X));
    }

    [Fact]
    public void Can_fire_does_not_change_the_state_or_run_actions()
    {
        var entered = 0;
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B).OnEntry(_ => entered++);

        Assert.True(machine.CanFire(Trigger.X));
        Assert.Equal((State.A, 0), (machine.State, entered));
    }

    [Fact]
    public void Is_in_state_is_true_for_the_state_and_its_superstates_only()
    {
        var machine = new StateMachine<State, Trigger>(State.Grandchild);
        machine.Configure(State.Child1).SubstateOf(State.Parent);
        machine.Configure(State.Grandchild).SubstateOf(State.Child1);

        Assert.True(machine.IsInState(State.Grandchild));
        Assert.True(machine.IsInState(State.Child1));
        Assert.True(machine.IsInState(State.Parent));
        Assert.False(machine.IsInState(State.Child2));
        Assert.False(machine.IsInState(State.A));
    }
}
