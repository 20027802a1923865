namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>Everything configured for one state: its place in the hierarchy, its trigger behaviours (in the order
    /// configured) and its entry and exit actions.</summary>
    internal sealed class StateRepresentation(TState state)
    {
        private readonly List<TriggerBehaviour> _behaviours = [];
        private readonly List<StateAction> _entryActions = [];
        private readonly List<StateAction> _exitActions = [];
        private readonly List<StateRepresentation> _substates = [];

        public TState State { get; } = state;

        public StateRepresentation? Superstate { get; private set; }

        public TState? InitialSubstate { get; private set; }

        public bool HasInitialSubstate { get; private set; }

        public IReadOnlyList<StateRepresentation> Substates => _substates;

        public IReadOnlyList<TriggerBehaviour> Behaviours => _behaviours;

        public IReadOnlyList<StateAction> EntryActions => _entryActions;

        public IReadOnlyList<StateAction> ExitActions => _exitActions;

        public void AddBehaviour(TriggerBehaviour behaviour)
        {
            var existing = _behaviours.FirstOrDefault(b => TriggerComparer.Equals(b.Trigger, behaviour.Trigger));
            if (existing is not null && (!behaviour.IsGuarded || _behaviours.Any(b => !b.IsGuarded && TriggerComparer.Equals(b.Trigger, behaviour.Trigger))))
            {
                throw new InvalidOperationException(
                    $"State '{DisplayName.Of(State)}' already handles trigger '{DisplayName.Of(behaviour.Trigger)}' ({existing.Describe()}); " +
                    $"adding {behaviour.Describe()} would be ambiguous. A state handles a trigger once, or several times only " +
                    "with guards (PermitIf, IgnoreIf) that exclude each other.");
            }

            _behaviours.Add(behaviour);
        }

        public void AddEntryAction(StateAction action) => _entryActions.Add(action);

        public void AddExitAction(StateAction action) => _exitActions.Add(action);

        public void SetSuperstate(StateRepresentation superstate)
        {
            if (Superstate == superstate)
                return;

            if (Superstate is not null)
            {
                throw new InvalidOperationException(
                    $"State '{DisplayName.Of(State)}' is already a substate of '{DisplayName.Of(Superstate.State)}'; a state has one superstate.");
            }

            for (var ancestor = superstate; ancestor is not null; ancestor = ancestor.Superstate)
            {
                if (ancestor == this)
                {
                    throw new InvalidOperationException(
                        $"State '{DisplayName.Of(State)}' cannot be a substate of '{DisplayName.Of(superstate.State)}': that would make it its own superstate.");
                }
            }

            Superstate = superstate;
            superstate._substates.Add(this);
        }

        public void SetInitialSubstate(TState substate)
        {
            if (StateComparer.Equals(substate, State))
                throw new ArgumentException($"State '{DisplayName.Of(State)}' cannot be its own initial substate.", nameof(substate));

            if (HasInitialSubstate)
            {
                throw new InvalidOperationException(
                    $"State '{DisplayName.Of(State)}' already has an initial transition (to '{DisplayName.Of(InitialSubstate)}').");
            }

            InitialSubstate = substate;
            HasInitialSubstate = true;
        }

        /// <summary>True when this state is <paramref name="state"/> or one of its substates.</summary>
        public bool IsIncludedIn(TState state)
        {
            for (var candidate = this; candidate is not null; candidate = candidate.Superstate)
            {
                if (StateComparer.Equals(candidate.State, state))
                    return true;
            }

            return false;
        }

        /// <summary>The innermost state that contains both this state and <paramref name="other"/> (either may be it),
        /// or null when they share no ancestor.</summary>
        public StateRepresentation? CommonAncestorWith(StateRepresentation other)
        {
            for (var candidate = this; candidate is not null; candidate = candidate.Superstate)
            {
                for (var mine = other; mine is not null; mine = mine.Superstate)
                {
                    if (mine == candidate)
                        return candidate;
                }
            }

            return null;
        }

        /// <summary>Every trigger this state or its superstates configure, innermost first, each once.</summary>
        public IEnumerable<TTrigger> TriggersInScope()
        {
            var seen = new HashSet<TTrigger>(TriggerComparer);
            for (var state = this; state is not null; state = state.Superstate)
            {
                foreach (var behaviour in state._behaviours)
                {
                    if (seen.Add(behaviour.Trigger))
                        yield return behaviour.Trigger;
                }
            }
        }

        /// <summary>Looks for the behaviour that handles <paramref name="trigger"/>: here first, then in the
        /// superstates when nothing here handles it or all its guards here are false.</summary>
        /// <param name="arguments">The trigger's arguments, or null when unknown (guards that need them count as met).</param>
        public HandlerSearch FindHandler(TTrigger trigger, object?[]? arguments)
        {
            List<string>? unmetGuards = null;
            for (var state = this; state is not null; state = state.Superstate)
            {
                TriggerBehaviour? found = null;
                foreach (var behaviour in state._behaviours)
                {
                    if (!TriggerComparer.Equals(behaviour.Trigger, trigger))
                        continue;

                    if (!behaviour.GuardAllows(arguments))
                    {
                        (unmetGuards ??= []).Add(behaviour.GuardLabel);
                        continue;
                    }

                    if (found is not null)
                    {
                        throw new InvalidOperationException(
                            $"State '{DisplayName.Of(state.State)}' has more than one handler for trigger '{DisplayName.Of(trigger)}' " +
                            $"whose guard is true ({found.Describe()}, {behaviour.Describe()}); the guards of one trigger must exclude each other.");
                    }

                    found = behaviour;
                }

                if (found is not null)
                    return new HandlerSearch(found, state, unmetGuards ?? []);
            }

            return new HandlerSearch(null, null, unmetGuards ?? []);
        }

        public void Enter(Transition transition)
        {
            foreach (var action in _entryActions)
            {
                if (action.AppliesTo(transition.Trigger))
                    action.Run(transition);
            }
        }

        public void Exit(Transition transition)
        {
            foreach (var action in _exitActions)
                action.Run(transition);
        }
    }

    /// <summary>The result of looking for a trigger's handler: the behaviour and the state that configured it, or
    /// none, with the descriptions of the guards that were false.</summary>
    internal readonly record struct HandlerSearch(
        TriggerBehaviour? Behaviour,
        StateRepresentation? Owner,
        IReadOnlyList<string> UnmetGuards);
}
