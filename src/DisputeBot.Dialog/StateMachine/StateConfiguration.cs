namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    /// <summary>The configuration of one state. Every method returns it again, for chaining. Configuration errors
    /// (the same trigger handled twice without guards, a state that would be its own superstate) throw at once.</summary>
    public sealed class StateConfiguration
    {
        private readonly StateMachine<TState, TTrigger> _machine;
        private readonly StateRepresentation _representation;

        internal StateConfiguration(StateMachine<TState, TTrigger> machine, StateRepresentation representation)
        {
            _machine = machine;
            _representation = representation;
        }

        /// <summary>The state being configured.</summary>
        public TState State => _representation.State;

        /// <summary>On <paramref name="trigger"/>, go to <paramref name="destination"/> (not this state: use
        /// <see cref="PermitReentry"/>, <see cref="InternalTransition"/> or <see cref="Ignore"/> to stay).</summary>
        public StateConfiguration Permit(TTrigger trigger, TState destination)
        {
            CheckNotSelf(destination, nameof(Permit));
            return Add(TriggerBehaviour.Permit(trigger, Mention(destination)));
        }

        /// <summary>On <paramref name="trigger"/>, go to <paramref name="destination"/> when <paramref name="guard"/>
        /// is true. Several guarded handlers of one trigger must exclude each other; when all are false the trigger
        /// is looked up in the superstate, then is unhandled.</summary>
        public StateConfiguration PermitIf(TTrigger trigger, TState destination, Func<bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            CheckNotSelf(destination, nameof(PermitIf));
            return Add(TriggerBehaviour.PermitIf(trigger, Mention(destination), _ => guard(), false, guardDescription));
        }

        /// <summary>As <see cref="PermitIf(TTrigger, TState, Func{bool}, string?)"/>, the guard judging the trigger's argument.</summary>
        public StateConfiguration PermitIf<TArg>(
            TriggerWithParameters<TArg> trigger, TState destination, Func<TArg, bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            _machine.CheckDeclared(trigger);
            CheckNotSelf(destination, nameof(PermitIf));
            return Add(TriggerBehaviour.PermitIf(
                trigger.Trigger, Mention(destination), arguments => guard(ArgumentOf<TArg>(arguments)), true, guardDescription));
        }

        /// <summary>On <paramref name="trigger"/>, exit this state and enter it again (from a substate: exit up to
        /// and including this state).</summary>
        public StateConfiguration PermitReentry(TTrigger trigger) => Add(TriggerBehaviour.Reentry(trigger));

        /// <summary>On <paramref name="trigger"/>, go to the state <paramref name="destinationSelector"/> chooses
        /// when fired. Choosing this state is a reentry. When <paramref name="possibleDestinations"/> is given, the
        /// diagram shows them and any other choice throws.</summary>
        public StateConfiguration PermitDynamic(
            TTrigger trigger,
            Func<TState> destinationSelector,
            string? description = null,
            IEnumerable<TState>? possibleDestinations = null)
        {
            ArgumentNullException.ThrowIfNull(destinationSelector);
            return Add(TriggerBehaviour.Dynamic(trigger, _ => destinationSelector(), description, MentionAll(possibleDestinations)));
        }

        /// <summary>As <see cref="PermitDynamic(TTrigger, Func{TState}, string?, IEnumerable{TState}?)"/>, the
        /// selector choosing from the trigger's argument.</summary>
        public StateConfiguration PermitDynamic<TArg>(
            TriggerWithParameters<TArg> trigger,
            Func<TArg, TState> destinationSelector,
            string? description = null,
            IEnumerable<TState>? possibleDestinations = null)
        {
            ArgumentNullException.ThrowIfNull(destinationSelector);
            _machine.CheckDeclared(trigger);
            return Add(TriggerBehaviour.Dynamic(
                trigger.Trigger, arguments => destinationSelector(ArgumentOf<TArg>(arguments)), description, MentionAll(possibleDestinations)));
        }

        /// <summary>Accept <paramref name="trigger"/> here and do nothing.</summary>
        public StateConfiguration Ignore(TTrigger trigger) => Add(TriggerBehaviour.Ignore(trigger));

        /// <summary>Accept <paramref name="trigger"/> here and do nothing, when <paramref name="guard"/> is true.</summary>
        public StateConfiguration IgnoreIf(TTrigger trigger, Func<bool> guard, string? guardDescription = null)
        {
            ArgumentNullException.ThrowIfNull(guard);
            return Add(TriggerBehaviour.IgnoreIf(trigger, _ => guard(), guardDescription));
        }

        /// <summary>Handle <paramref name="trigger"/> with <paramref name="action"/> and stay: no exit, no entry,
        /// no <see cref="OnTransitioned"/>.</summary>
        public StateConfiguration InternalTransition(TTrigger trigger, Action<Transition> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            return Add(TriggerBehaviour.Internal(trigger, action));
        }

        /// <summary>As <see cref="InternalTransition(TTrigger, Action{Transition})"/>, with the trigger's argument.</summary>
        public StateConfiguration InternalTransition<TArg>(TriggerWithParameters<TArg> trigger, Action<TArg, Transition> action)
        {
            ArgumentNullException.ThrowIfNull(action);
            _machine.CheckDeclared(trigger);
            return Add(TriggerBehaviour.Internal(trigger.Trigger, t => action(ArgumentOf<TArg>(t.Parameters), t)));
        }

        /// <summary>Run <paramref name="action"/> whenever this state is entered (not on internal transitions, nor
        /// when moving between its substates).</summary>
        public StateConfiguration OnEntry(Action<Transition> action, string? description = null)
        {
            ArgumentNullException.ThrowIfNull(action);
            _representation.AddEntryAction(new StateAction(action, description, default, false));
            return this;
        }

        /// <summary>Run <paramref name="action"/> when this state is entered because of <paramref name="trigger"/> only.</summary>
        public StateConfiguration OnEntryFrom(TTrigger trigger, Action<Transition> action, string? description = null)
        {
            ArgumentNullException.ThrowIfNull(action);
            _representation.AddEntryAction(new StateAction(action, description, trigger, true));
            return this;
        }

        /// <summary>As <see cref="OnEntryFrom(TTrigger, Action{Transition}, string?)"/>, with the trigger's argument.</summary>
        public StateConfiguration OnEntryFrom<TArg>(
            TriggerWithParameters<TArg> trigger, Action<TArg, Transition> action, string? description = null)
        {
            ArgumentNullException.ThrowIfNull(action);
            _machine.CheckDeclared(trigger);
            _representation.AddEntryAction(
                new StateAction(t => action(ArgumentOf<TArg>(t.Parameters), t), description, trigger.Trigger, true));
            return this;
        }

        /// <summary>Run <paramref name="action"/> whenever this state is exited (reentry included).</summary>
        public StateConfiguration OnExit(Action<Transition> action, string? description = null)
        {
            ArgumentNullException.ThrowIfNull(action);
            _representation.AddExitAction(new StateAction(action, description, default, false));
            return this;
        }

        /// <summary>Make this state a substate of <paramref name="superstate"/>: triggers it does not handle are
        /// looked up there, and the machine is in the superstate while in this state.</summary>
        public StateConfiguration SubstateOf(TState superstate)
        {
            if (StateComparer.Equals(superstate, State))
                throw new ArgumentException($"State '{DisplayName.Of(State)}' cannot be a substate of itself.", nameof(superstate));

            _representation.SetSuperstate(_machine.GetOrAddRepresentation(superstate));
            return this;
        }

        /// <summary>When a transition ends in this state, continue into <paramref name="substate"/> (which must be
        /// one of its substates; checked when the transition runs, so the order of configuration does not matter).</summary>
        public StateConfiguration InitialTransition(TState substate)
        {
            _representation.SetInitialSubstate(Mention(substate));
            return this;
        }

        private StateConfiguration Add(TriggerBehaviour behaviour)
        {
            _representation.AddBehaviour(behaviour);
            return this;
        }

        private void CheckNotSelf(TState destination, string method)
        {
            if (StateComparer.Equals(destination, State))
            {
                throw new ArgumentException(
                    $"{method} from state '{DisplayName.Of(State)}' to itself: use PermitReentry to exit and enter it again, " +
                    "InternalTransition to act without leaving it, or Ignore.",
                    nameof(destination));
            }
        }

        // States named as destinations are remembered, so the reflection and the diagrams list them in the order met.
        private TState Mention(TState state)
        {
            _machine.GetOrAddRepresentation(state);
            return state;
        }

        private List<TState>? MentionAll(IEnumerable<TState>? states) => states?.Select(Mention).ToList();

        private static TArg ArgumentOf<TArg>(object?[] arguments) => (TArg)arguments[0]!;
    }
}
