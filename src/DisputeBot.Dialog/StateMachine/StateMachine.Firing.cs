namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    // A bound on triggers run by one outer Fire: actions that keep firing each other are a configuration bug, and
    // this turns an endless loop into a clear error.
    private const int MaxTriggersPerFire = 1000;

    private readonly Queue<QueuedTrigger> _queue = new();
    private bool _firing;

    private void Enqueue(TTrigger trigger, object?[] arguments)
    {
        _queue.Enqueue(new QueuedTrigger(trigger, arguments));
        if (_firing)
            return; // fired by an action of the running transition: runs after it completes

        _firing = true;
        try
        {
            var run = 0;
            while (_queue.TryDequeue(out var next))
            {
                if (++run > MaxTriggersPerFire)
                {
                    throw new InvalidOperationException(
                        $"More than {MaxTriggersPerFire} triggers were fired by actions during one Fire; " +
                        $"an action probably fires a trigger that leads back to itself (last: '{DisplayName.Of(next.Trigger)}').");
                }

                FireOne(next.Trigger, next.Arguments);
            }
        }
        finally
        {
            _queue.Clear();
            _firing = false;
        }
    }

    private void FireOne(TTrigger trigger, object?[] arguments)
    {
        var source = State;
        var current = RepresentationOf(source);
        var found = current.FindHandler(trigger, arguments);
        var behaviour = found.Behaviour;
        if (behaviour is null)
        {
            HandleUnhandled(source, trigger, found.UnmetGuards);
            return;
        }

        switch (behaviour.Kind)
        {
            case TriggerBehaviourKind.Ignore:
                return;
            case TriggerBehaviourKind.Internal:
                behaviour.InternalAction!(new Transition(source, source, trigger, false, arguments));
                return;
            case TriggerBehaviourKind.Reentry:
                Reenter(current, found.Owner!, trigger, arguments);
                return;
            case TriggerBehaviourKind.Permit:
                MoveTo(current, behaviour.Destination!, trigger, arguments);
                return;
            case TriggerBehaviourKind.Dynamic:
                MoveTo(current, behaviour.SelectDestination(found.Owner!.State, arguments), trigger, arguments);
                return;
            default:
                throw new InvalidOperationException($"Unknown trigger behaviour {behaviour.Kind}.");
        }
    }

    private void HandleUnhandled(TState state, TTrigger trigger, IReadOnlyList<string> unmetGuards)
    {
        if (_unhandledTriggerPolicy is not null)
        {
            _unhandledTriggerPolicy(state, trigger);
            return;
        }

        var message = $"No transition is permitted from state '{DisplayName.Of(state)}' for trigger '{DisplayName.Of(trigger)}'.";
        if (unmetGuards.Count > 0)
            message += $" Its guards were not met: {string.Join(", ", unmetGuards.Select(g => $"'{g}'"))}.";

        throw new InvalidOperationException(
            message + " Configure the trigger (Permit, Ignore, InternalTransition) or set OnUnhandledTrigger.");
    }

    // A destination equal to the current state is a reentry of that state (as in Stateless); otherwise the states
    // below the lowest common ancestor of source and destination are exited and entered.
    private void MoveTo(StateRepresentation current, TState destination, TTrigger trigger, object?[] arguments)
    {
        if (StateComparer.Equals(destination, current.State))
        {
            Reenter(current, current, trigger, arguments);
            return;
        }

        var target = RepresentationOf(destination);
        Run(current, current.CommonAncestorWith(target), target, trigger, arguments, isReentry: false);
    }

    // Reentering a state exits everything from the current state up to and including it, then enters it again.
    private void Reenter(StateRepresentation current, StateRepresentation reentered, TTrigger trigger, object?[] arguments) =>
        Run(current, reentered.Superstate, reentered, trigger, arguments, isReentry: true);

    // Exits from current up to (not including) boundary, stores the state, tells OnTransitioned, then enters from
    // below boundary down to the target's innermost initial substate. Boundary is null when nothing is shared.
    private void Run(
        StateRepresentation current,
        StateRepresentation? boundary,
        StateRepresentation target,
        TTrigger trigger,
        object?[] arguments,
        bool isReentry)
    {
        var final = FollowInitialTransitions(target);
        var transition = new Transition(current.State, final.State, trigger, isReentry, arguments);

        for (var exiting = current; exiting is not null && exiting != boundary; exiting = exiting.Superstate)
            exiting.Exit(transition);

        _stateMutator(final.State);

        foreach (var handler in _transitionedHandlers)
            handler(transition);

        var entering = new Stack<StateRepresentation>();
        for (var state = final; state is not null && state != boundary; state = state.Superstate)
            entering.Push(state);

        while (entering.TryPop(out var state))
            state.Enter(transition);
    }

    private StateRepresentation FollowInitialTransitions(StateRepresentation target)
    {
        var state = target;
        while (state.HasInitialSubstate)
        {
            var initial = state.InitialSubstate!;
            var substate = RepresentationOf(initial);
            if (substate == state || !substate.IsIncludedIn(state.State))
            {
                throw new InvalidOperationException(
                    $"The initial transition of state '{DisplayName.Of(state.State)}' goes to '{DisplayName.Of(initial)}', " +
                    $"which is not one of its substates; configure it with SubstateOf({DisplayName.Of(state.State)}).");
            }

            state = substate;
        }

        return state;
    }

    private readonly record struct QueuedTrigger(TTrigger Trigger, object?[] Arguments);
}
