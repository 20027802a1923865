using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

/// <summary>A machine with one of everything a diagram shows, for the reflection and export tests.</summary>
internal static class SmallMachine
{
    public static StateMachine<State, Trigger> Build()
    {
        var machine = new StateMachine<State, Trigger>(State.A);
        var text = machine.SetTriggerParameters<string>(Trigger.Text);
        machine.Configure(State.A)
            .Permit(Trigger.Go, State.Parent)
            .Ignore(Trigger.Noise);
        machine.Configure(State.Parent)
            .InitialTransition(State.Child1)
            .Permit(Trigger.Back, State.A)
            .OnEntry(_ => { }, "greet")
            .OnExit(_ => { }, "say bye")
            .OnExit(_ => { });
        machine.Configure(State.Child1)
            .SubstateOf(State.Parent)
            .PermitIf(text, State.Child2, t => t.Length > 0, "has \"text\"")
            .InternalTransition(Trigger.Tick, _ => { });
        machine.Configure(State.Child2)
            .SubstateOf(State.Parent)
            .PermitReentry(Trigger.Z)
            .PermitDynamic(Trigger.Choose, () => State.B, "by topic", [State.Child1, State.B])
            .OnEntryFrom(text, (_, _) => { }, "thank");
        machine.Configure(State.B)
            .IgnoreIf(Trigger.Noise, () => true, "when quiet")
            .PermitIf(Trigger.X, State.A, () => true);
        return machine;
    }
}
