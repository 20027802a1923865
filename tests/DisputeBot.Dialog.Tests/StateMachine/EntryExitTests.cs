using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class EntryExitTests
{
    [Fact]
    public void A_transition_runs_exit_then_on_transitioned_then_entry()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B).OnExit(_ => log.Add("exit A"));
        machine.Configure(State.B).OnEntry(_ => log.Add($"enter B (state {machine.State})"));
        machine.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));

        machine.Fire(Trigger.X);

        Assert.Equal(["exit A", "transitioned A->B", "enter B (state B)"], log);
    }

    [Fact]
    public void Actions_are_told_the_source_destination_and_trigger()
    {
        StateMachine<State, Trigger>.Transition? seen = null;
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B).OnEntry(t => seen = t);

        machine.Fire(Trigger.X);

        Assert.NotNull(seen);
        Assert.Equal((State.A, State.B, Trigger.X, false), (seen.Source, seen.Destination, seen.Trigger, seen.IsReentry));
        Assert.Empty(seen.Parameters);
    }

    [Fact]
    public void Several_entry_actions_run_in_the_order_configured()
    {
        var log = new List<int>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B).OnEntry(_ => log.Add(1)).OnEntry(_ => log.Add(2)).OnEntry(_ => log.Add(3));

        machine.Fire(Trigger.X);

        Assert.Equal([1, 2, 3], log);
    }

    [Fact]
    public void Reentry_runs_exit_then_entry()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .PermitReentry(Trigger.X)
            .OnExit(t => log.Add($"exit reentry={t.IsReentry}"))
            .OnEntry(t => log.Add($"entry reentry={t.IsReentry}"));

        machine.Fire(Trigger.X);

        Assert.Equal(["exit reentry=True", "entry reentry=True"], log);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void An_internal_transition_runs_its_action_and_no_entry_exit_or_on_transitioned()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .InternalTransition(Trigger.Tick, t => log.Add($"tick {t.Source}->{t.Destination}"))
            .OnEntry(_ => log.Add("entry"))
            .OnExit(_ => log.Add("exit"));
        machine.OnTransitioned(_ => log.Add("transitioned"));

        machine.Fire(Trigger.Tick);

        Assert.Equal(["tick A->A"], log);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void An_ignored_trigger_runs_nothing_and_keeps_the_state()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Ignore(Trigger.Noise).OnExit(_ => log.Add("exit"));
        machine.OnTransitioned(_ => log.Add("transitioned"));

        machine.Fire(Trigger.Noise);

        Assert.Empty(log);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void On_entry_from_runs_only_for_the_named_trigger()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.C);
        machine.Configure(State.B).Permit(Trigger.Y, State.C);
        machine.Configure(State.C)
            .Permit(Trigger.Back, State.B)
            .OnEntryFrom(Trigger.X, _ => log.Add("from X"))
            .OnEntry(_ => log.Add("any"));

        machine.Fire(Trigger.X);
        machine.Fire(Trigger.Back);
        machine.Fire(Trigger.Y);

        Assert.Equal(["from X", "any", "any"], log);
    }

    [Fact]
    public void A_dynamic_transition_goes_where_its_selector_says_when_fired()
    {
        var target = State.B;
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).PermitDynamic(Trigger.Choose, () => target, "by answer", [State.B, State.C]);
        machine.Configure(State.C).Permit(Trigger.Back, State.A);

        target = State.C;
        machine.Fire(Trigger.Choose);

        Assert.Equal(State.C, machine.State);
    }

    [Fact]
    public void A_dynamic_transition_choosing_the_current_state_is_a_reentry()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A)
            .PermitDynamic(Trigger.Choose, () => State.A)
            .OnExit(_ => log.Add("exit"))
            .OnEntry(t => log.Add($"entry reentry={t.IsReentry}"));

        machine.Fire(Trigger.Choose);

        Assert.Equal(["exit", "entry reentry=True"], log);
    }

    [Fact]
    public void A_dynamic_transition_choosing_an_undeclared_destination_fails_clearly()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).PermitDynamic(Trigger.Choose, () => State.Other, "by answer", [State.B, State.C]);

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.Choose));

        Assert.Contains("'Other', which is not among its possible destinations ('B', 'C')", error.Message, StringComparison.Ordinal);
        Assert.Equal(State.A, machine.State);
    }

    [Fact]
    public void An_exception_in_an_entry_action_propagates_after_the_state_is_stored()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B).OnEntry(_ => throw new InvalidTimeZoneException("boom"));

        Assert.Throws<InvalidTimeZoneException>(() => machine.Fire(Trigger.X));
        Assert.Equal(State.B, machine.State);
    }
}
