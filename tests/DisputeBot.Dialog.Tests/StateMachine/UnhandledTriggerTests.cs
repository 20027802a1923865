using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class UnhandledTriggerTests
{
    [Fact]
    public void An_unhandled_trigger_throws_a_clear_invalid_operation_by_default()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.Y));

        Assert.Contains("state 'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("trigger 'Y'", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void The_unhandled_trigger_policy_is_called_with_the_state_and_the_trigger()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        var calls = new List<(State, Trigger)>();
        machine.OnUnhandledTrigger((state, trigger) => calls.Add((state, trigger)));

        machine.Fire(Trigger.Y);

        Assert.Equal([(State.A, Trigger.Y)], calls);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void A_later_unhandled_trigger_policy_replaces_the_earlier_one()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var first = 0;
        var second = 0;
        machine.OnUnhandledTrigger((_, _) => first++);
        machine.OnUnhandledTrigger((_, _) => second++);

        machine.Fire(Trigger.Y);

        Assert.Equal((0, 1), (first, second));
    }

    [Fact]
    public void A_trigger_fired_in_a_state_never_configured_is_unhandled()
    {
        var machine = new StateMachine<State, Trigger>(State.Other);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        State? seen = null;
        machine.OnUnhandledTrigger((state, _) => seen = state);

        machine.Fire(Trigger.X);

        Assert.Equal(State.Other, seen);
        Assert.False(machine.CanFire(Trigger.X));
        Assert.Empty(machine.PermittedTriggers);
    }
}
