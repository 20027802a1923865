namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>A reflection of the configuration, for diagrams and checks. <see cref="StateMachineInfo.InitialState"/>
    /// is the current state.</summary>
    public StateMachineInfo GetInfo()
    {
        var current = RepresentationOf(State);
        var representations = _statesInOrder.ToList();
        if (!_states.ContainsKey(current.State))
            representations.Add(current);

        var infos = representations.ToDictionary(r => r.State, r => new StateInfo(r.State, DisplayName.Of(r.State)));
        StateInfo InfoOf(TState state) => infos[state];

        foreach (var representation in representations)
        {
            var behaviours = representation.Behaviours;
            infos[representation.State].Complete(
                representation.Superstate is { } superstate ? InfoOf(superstate.State) : null,
                representation.Substates.Select(s => InfoOf(s.State)).ToList(),
                representation.HasInitialSubstate ? InfoOf(representation.InitialSubstate!) : null,
                behaviours
                    .Where(b => b.Kind is TriggerBehaviourKind.Permit or TriggerBehaviourKind.Reentry)
                    .Select(b => new FixedTransitionInfo(
                        TriggerInfoOf(b.Trigger),
                        InfoOf(b.Kind == TriggerBehaviourKind.Reentry ? representation.State : b.Destination!),
                        b.Kind == TriggerBehaviourKind.Reentry,
                        GuardOf(b)))
                    .ToList(),
                behaviours
                    .Where(b => b.Kind == TriggerBehaviourKind.Dynamic)
                    .Select(b => new DynamicTransitionInfo(
                        TriggerInfoOf(b.Trigger), b.Description, (b.PossibleDestinations ?? []).Select(InfoOf).ToList()))
                    .ToList(),
                behaviours
                    .Where(b => b.Kind == TriggerBehaviourKind.Ignore)
                    .Select(b => new IgnoredTriggerInfo(TriggerInfoOf(b.Trigger), GuardOf(b)))
                    .ToList(),
                behaviours
                    .Where(b => b.Kind == TriggerBehaviourKind.Internal)
                    .Select(b => new InternalTransitionInfo(TriggerInfoOf(b.Trigger)))
                    .ToList(),
                representation.EntryActions.Select(ActionInfoOf).ToList(),
                representation.ExitActions.Select(ActionInfoOf).ToList());
        }

        return new StateMachineInfo(
            InfoOf(current.State), representations.Select(r => InfoOf(r.State)).ToList(), typeof(TState), typeof(TTrigger));
    }

    private TriggerInfo TriggerInfoOf(TTrigger trigger) =>
        new(trigger, DisplayName.Of(trigger), _triggerParameters.GetValueOrDefault(trigger));

    private ActionInfo ActionInfoOf(StateAction action) =>
        new(action.Description, action.HasFromTrigger ? TriggerInfoOf(action.FromTrigger!) : null);

    private static string? GuardOf(TriggerBehaviour behaviour) => behaviour.IsGuarded ? behaviour.GuardLabel : null;
}
