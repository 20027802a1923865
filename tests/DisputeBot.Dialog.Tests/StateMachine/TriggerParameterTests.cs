using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class TriggerParameterTests
{
    [Fact]
    public void A_parameterised_trigger_passes_its_argument_to_guards_entry_actions_and_the_transition()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var text = machine.SetTriggerParameters<string>(Trigger.Text);
        var received = new List<string>();
        object?[]? parameters = null;
        machine.Configure(State.A)
            .PermitIf(text, State.B, t => t.StartsWith('b'), "starts with b")
            .PermitIf(text, State.C, t => !t.StartsWith('b'), "anything else");
        machine.Configure(State.B).OnEntryFrom(text, (t, transition) => { received.Add(t); parameters = transition.Parameters; });

        machine.Fire(text, "box");

        Assert.Equal(State.B, machine.State);
        Assert.Equal(["box"], received);
        Assert.Equal(["box"], parameters!);
    }

    [Fact]
    public void An_internal_transition_receives_the_trigger_argument()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var count = machine.SetTriggerParameters<int>(Trigger.Tick);
        var total = 0;
        machine.Configure(State.A).InternalTransition(count, (n, _) => total += n);

        machine.Fire(count, 2);
        machine.Fire(count, 3);

        Assert.Equal(5, total);
    }

    [Fact]
    public void A_dynamic_transition_can_choose_from_the_trigger_argument()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var choice = machine.SetTriggerParameters<State>(Trigger.Choose);
        machine.Configure(State.A).PermitDynamic(choice, s => s, "as asked", [State.B, State.C]);

        machine.Fire(choice, State.C);

        Assert.Equal(State.C, machine.State);
    }

    [Fact]
    public void A_parameterised_trigger_fired_without_its_parameter_fails_clearly()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var text = machine.SetTriggerParameters<string>(Trigger.Text);
        machine.Configure(State.A).Permit(text.Trigger, State.B);

        var error = Assert.Throws<ArgumentException>(() => machine.Fire(Trigger.Text));

        Assert.Contains("takes one parameter (String), but it was fired without parameters", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void A_trigger_without_parameters_fired_with_an_argument_fails_clearly()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        var undeclared = new StateMachine<State, Trigger>.TriggerWithParameters<string>(Trigger.X);

        var error = Assert.Throws<ArgumentException>(() => machine.Fire(undeclared, "extra"));

        Assert.Contains("takes no parameters, but it was fired with one (String)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameterised_trigger_fired_with_the_wrong_argument_type_fails_clearly()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.SetTriggerParameters<string>(Trigger.Text);
        machine.Configure(State.A).Permit(Trigger.Text, State.B);
        var wrong = new StateMachine<State, Trigger>.TriggerWithParameters<int>(Trigger.Text);

        var error = Assert.Throws<ArgumentException>(() => machine.Fire(wrong, 42));

        Assert.Contains("takes a parameter of type String, but it was fired with a Int32", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void Configuring_with_a_parameterised_trigger_of_another_type_than_declared_throws()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.SetTriggerParameters<string>(Trigger.Text);
        var wrong = new StateMachine<State, Trigger>.TriggerWithParameters<int>(Trigger.Text);

        var error = Assert.Throws<ArgumentException>(() => machine.Configure(State.B).OnEntryFrom(wrong, (_, _) => { }));

        Assert.Contains("takes a parameter of type String on this machine, not Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_parameters_are_declared_once_per_machine()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.SetTriggerParameters<string>(Trigger.Text);

        Assert.Throws<InvalidOperationException>(() => machine.SetTriggerParameters<int>(Trigger.Text));
    }

    [Fact]
    public void Can_fire_without_an_argument_treats_argument_guards_as_met_and_with_one_evaluates_them()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var text = machine.SetTriggerParameters<string>(Trigger.Text);
        machine.Configure(State.A).PermitIf(text, State.B, t => t.Length > 3, "long enough");

        Assert.True(machine.CanFire(Trigger.Text));
        Assert.Contains(Trigger.Text, machine.PermittedTriggers);
        Assert.True(machine.CanFire(text, "long text"));
        Assert.False(machine.CanFire(text, "no"));
    }
}
