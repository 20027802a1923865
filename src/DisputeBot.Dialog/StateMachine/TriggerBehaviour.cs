namespace DisputeBot.Dialog.StateMachine;

public sealed partial class StateMachine<TState, TTrigger>
{
    internal enum TriggerBehaviourKind
    {
        Permit,
        Reentry,
        Dynamic,
        Ignore,
        Internal,
    }

    /// <summary>How one state handles one trigger: where it goes (or that it stays), under which guard.</summary>
    internal sealed class TriggerBehaviour
    {
        private const string UndescribedGuard = "guarded";

        private readonly Func<object?[], bool>? _guard;
        private readonly bool _guardNeedsArgument;
        private readonly Func<object?[], TState>? _destinationSelector;

        private TriggerBehaviour(
            TriggerBehaviourKind kind,
            TTrigger trigger,
            Func<object?[], bool>? guard = null,
            bool guardNeedsArgument = false,
            string? description = null)
        {
            Kind = kind;
            Trigger = trigger;
            _guard = guard;
            _guardNeedsArgument = guardNeedsArgument;
            Description = description;
        }

        private TriggerBehaviour(
            TTrigger trigger,
            Func<object?[], TState> destinationSelector,
            string? description,
            IReadOnlyList<TState>? possibleDestinations)
            : this(TriggerBehaviourKind.Dynamic, trigger, description: description)
        {
            _destinationSelector = destinationSelector;
            PossibleDestinations = possibleDestinations;
        }

        public TriggerBehaviourKind Kind { get; }

        public TTrigger Trigger { get; }

        /// <summary>The fixed destination of a <see cref="TriggerBehaviourKind.Permit"/>.</summary>
        public TState? Destination { get; private init; }

        /// <summary>The guard's description, or the description of a dynamic transition's selector.</summary>
        public string? Description { get; }

        public IReadOnlyList<TState>? PossibleDestinations { get; }

        public Action<Transition>? InternalAction { get; private init; }

        public bool IsGuarded => _guard is not null;

        public string GuardLabel => Description ?? UndescribedGuard;

        public static TriggerBehaviour Permit(TTrigger trigger, TState destination) =>
            new(TriggerBehaviourKind.Permit, trigger) { Destination = destination };

        public static TriggerBehaviour PermitIf(
            TTrigger trigger, TState destination, Func<object?[], bool> guard, bool guardNeedsArgument, string? description) =>
            new(TriggerBehaviourKind.Permit, trigger, guard, guardNeedsArgument, description) { Destination = destination };

        public static TriggerBehaviour Reentry(TTrigger trigger) => new(TriggerBehaviourKind.Reentry, trigger);

        public static TriggerBehaviour Dynamic(
            TTrigger trigger, Func<object?[], TState> selector, string? description, IReadOnlyList<TState>? possibleDestinations) =>
            new(trigger, selector, description, possibleDestinations);

        public static TriggerBehaviour Ignore(TTrigger trigger) => new(TriggerBehaviourKind.Ignore, trigger);

        public static TriggerBehaviour IgnoreIf(TTrigger trigger, Func<object?[], bool> guard, string? description) =>
            new(TriggerBehaviourKind.Ignore, trigger, guard, false, description);

        public static TriggerBehaviour Internal(TTrigger trigger, Action<Transition> action) =>
            new(TriggerBehaviourKind.Internal, trigger) { InternalAction = action };

        /// <param name="arguments">Null when unknown: a guard that needs the argument then counts as met.</param>
        public bool GuardAllows(object?[]? arguments)
        {
            if (_guard is null)
                return true;

            if (arguments is null)
                return _guardNeedsArgument || _guard([]);

            return _guard(arguments);
        }

        /// <summary>Runs a dynamic transition's selector; a choice outside the declared possible destinations is an
        /// error, so that the diagram drawn from them stays true.</summary>
        public TState SelectDestination(TState owner, object?[] arguments)
        {
            var destination = _destinationSelector!(arguments);
            if (PossibleDestinations is not null && !PossibleDestinations.Contains(destination, StateComparer))
            {
                throw new InvalidOperationException(
                    $"The dynamic transition for trigger '{DisplayName.Of(Trigger)}' in state '{DisplayName.Of(owner)}' chose " +
                    $"'{DisplayName.Of(destination)}', which is not among its possible destinations " +
                    $"({string.Join(", ", PossibleDestinations.Select(d => $"'{DisplayName.Of(d)}'"))}).");
            }

            return destination;
        }

        public string Describe() => Kind switch
        {
            TriggerBehaviourKind.Permit when IsGuarded => $"PermitIf to '{DisplayName.Of(Destination)}' [{GuardLabel}]",
            TriggerBehaviourKind.Permit => $"Permit to '{DisplayName.Of(Destination)}'",
            TriggerBehaviourKind.Reentry => "PermitReentry",
            TriggerBehaviourKind.Dynamic => "PermitDynamic",
            TriggerBehaviourKind.Ignore when IsGuarded => $"IgnoreIf [{GuardLabel}]",
            TriggerBehaviourKind.Ignore => "Ignore",
            _ => "InternalTransition",
        };
    }
}
