using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class StateStorageTests
{
    [Fact]
    public void A_machine_starts_in_its_initial_state()
    {
        var machine = new StateMachine<State, Trigger>(State.A);

        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void A_permitted_trigger_moves_to_its_destination()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);

        machine.Fire(Trigger.X);

        Assert.Equal(State.B, machine.State);
    }

    [Fact]
    public void State_can_be_stored_externally()
    {
        var stored = State.A;
        var machine = new StateMachine<State, Trigger>(() => stored, s => stored = s);
        machine.Configure(State.A).Permit(Trigger.X, State.B);

        machine.Fire(Trigger.X);

        Assert.Equal(State.B, stored);
    }

    [Fact]
    public void The_external_state_is_read_on_every_fire_not_copied()
    {
        var stored = State.A;
        var machine = new StateMachine<State, Trigger>(() => stored, s => stored = s);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.C).Permit(Trigger.X, State.Other);

        stored = State.C; // changed behind the machine's back, as a store reload would
        machine.Fire(Trigger.X);

        Assert.Equal(State.Other, stored);
        Assert.Equal(State.Other, machine.State);
    }

    [Fact]
    public void A_machine_rebuilt_around_stored_state_carries_on_from_it()
    {
        var stored = State.A;
        StateMachine<State, Trigger> Build()
        {
            var machine = new StateMachine<State, Trigger>(() => stored, s => stored = s);
            machine.Configure(State.A).Permit(Trigger.X, State.B);
            machine.Configure(State.B).Permit(Trigger.X, State.C);
            return machine;
        }

        Build().Fire(Trigger.X);
        Build().Fire(Trigger.X);

        Assert.Equal(State.C, stored);
    }

    [Fact]
    public void The_state_mutator_is_called_once_per_transition_with_the_final_state()
    {
        var stored = State.A;
        var writes = new List<State>();
        var machine = new StateMachine<State, Trigger>(() => stored, s => { writes.Add(s); stored = s; });
        machine.Configure(State.A).Permit(Trigger.Go, State.Parent);
        machine.Configure(State.Parent).InitialTransition(State.Child1);
        machine.Configure(State.Child1).SubstateOf(State.Parent);

        machine.Fire(Trigger.Go);

        Assert.Equal([State.Child1], writes);
    }
}
