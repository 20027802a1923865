using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class GuardTests
{
    [Fact]
    public void A_guarded_trigger_follows_the_one_guard_that_is_true()
    {
        var amount = 10;
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => amount < 5, "small")
            .PermitIf(Trigger.X, State.C, () => amount >= 5, "large");

        machine.Fire(Trigger.X);

        Assert.Equal(State.C, machine.State);
    }

    [Fact]
    public void A_guarded_trigger_with_all_guards_false_goes_to_the_unhandled_policy()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => false, "first")
            .PermitIf(Trigger.X, State.C, () => false, "second");
        var unhandled = new List<Trigger>();
        machine.OnUnhandledTrigger((_, trigger) => unhandled.Add(trigger));

        machine.Fire(Trigger.X);

        Assert.Equal([Trigger.X], unhandled);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void The_default_unhandled_error_names_the_guards_that_were_not_met()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).PermitIf(Trigger.X, State.B, () => false, "order is paid");

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.X));

        Assert.Contains("'order is paid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_true_guards_for_one_trigger_are_an_error_with_a_clear_message()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .PermitIf(Trigger.X, State.B, () => true, "first")
            .IgnoreIf(Trigger.X, () => true, "second");

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.X));

        Assert.Contains("more than one handler for trigger 'X'", error.Message, StringComparison.Ordinal);
        Assert.Contains("[first]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[second]", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void Guards_are_evaluated_on_every_fire()
    {
        var open = false;
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).PermitIf(Trigger.X, State.B, () => open);
        machine.OnUnhandledTrigger((_, _) => { });

        machine.Fire(Trigger.X);
        var before = machine.State;
        open = true;
        machine.Fire(Trigger.X);

        Assert.Equal((State.A, State.B), (before, machine.State));
    }

    [Fact]
    public void An_ignore_if_with_a_false_guard_leaves_the_trigger_unhandled()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).IgnoreIf(Trigger.Noise, () => false, "quiet");

        Assert.False(machine.CanFire(Trigger.Noise));
        Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.Noise));
    }
}
