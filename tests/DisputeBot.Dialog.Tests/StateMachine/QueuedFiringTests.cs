using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class QueuedFiringTests
{
    [Fact]
    public void A_fire_during_an_entry_action_runs_after_the_current_transition_completes()
    {
        var log = new List<string>();
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B)
            .Permit(Trigger.Y, State.C)
            .OnEntry(_ =>
            {
                machine.Fire(Trigger.Y);
                log.Add($"first entry action done in {machine.State}");
            })
            .OnEntry(_ => log.Add("second entry action of B"))
            .OnExit(_ => log.Add("exit B"));
        machine.Configure(State.C).OnEntry(_ => log.Add("enter C"));

        machine.Fire(Trigger.X);

        Assert.Equal(["first entry action done in B", "second entry action of B", "exit B", "enter C"], log);
        Assert.Equal(State.C, machine.State);
    }

    [Fact]
    public void Triggers_queued_by_actions_run_in_the_order_fired()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var order = new List<Trigger>();
        machine.OnTransitioned(t => order.Add(t.Trigger));
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B)
            .OnEntry(_ => { machine.Fire(Trigger.Y); machine.Fire(Trigger.Z); })
            .Permit(Trigger.Y, State.C);
        machine.Configure(State.C).Permit(Trigger.Z, State.Other);

        machine.Fire(Trigger.X);

        Assert.Equal([Trigger.X, Trigger.Y, Trigger.Z], order);
        Assert.Equal(State.Other, machine.State);
    }

    [Fact]
    public void A_failing_queued_trigger_surfaces_from_the_outer_fire_and_the_queue_is_dropped()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B);
        machine.Configure(State.B)
            .OnEntry(_ => { machine.Fire(Trigger.Noise); machine.Fire(Trigger.Y); })
            .Permit(Trigger.Y, State.C);

        Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.X));
        Assert.Equal(State.B, machine.State);

        machine.Fire(Trigger.Y); // the machine is usable again: nothing stale was left queued
        Assert.Equal(State.C, machine.State);
    }

    [Fact]
    public void Actions_that_keep_firing_each_other_stop_with_a_clear_error_instead_of_looping_forever()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        machine.Configure(State.A).Permit(Trigger.X, State.B).OnEntry(_ => machine.Fire(Trigger.X));
        machine.Configure(State.B).Permit(Trigger.X, State.A).OnEntry(_ => machine.Fire(Trigger.X));

        var error = Assert.Throws<InvalidOperationException>(() => machine.Fire(Trigger.X));

        Assert.Contains("leads back to itself", error.Message, StringComparison.Ordinal);
    }
}
