namespace DisputeBot.Dialog.StateMachine;

/// <summary>
/// A small synchronous hierarchical state machine with the shape of the Stateless library, so that it could be
/// swapped for Stateless later.
/// </summary>
/// <remarks>
/// <para>Firing is queued (Stateless's <c>FiringMode.Queued</c>): a trigger fired from inside an action (entry, exit,
/// internal transition, <see cref="OnTransitioned"/>, the unhandled-trigger policy) does not run at once; it runs
/// after the current transition has completed, in the order fired, before the outer <see cref="Fire(TTrigger)"/>
/// returns. If a transition throws, triggers still queued behind it are dropped.</para>
/// <para>A transition runs: exit actions (innermost state first) → the state is stored → <see cref="OnTransitioned"/>
/// handlers → entry actions (outermost state first). States shared by the source and the destination are neither
/// exited nor entered; a destination with an <see cref="StateConfiguration.InitialTransition"/> is followed down to
/// its initial substate before anything runs, so actions see the final state as the destination.</para>
/// <para>Ignored triggers count as handled: <see cref="CanFire(TTrigger)"/> is true for them and
/// <see cref="PermittedTriggers"/> lists them, as in Stateless.</para>
/// <para>With the external-state constructor the machine keeps no copy of the state: every read goes through the
/// accessor, so a machine can be rebuilt around stored state on every turn.</para>
/// </remarks>
public sealed partial class StateMachine<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private static readonly EqualityComparer<TState> StateComparer = EqualityComparer<TState>.Default;
    private static readonly EqualityComparer<TTrigger> TriggerComparer = EqualityComparer<TTrigger>.Default;

    private readonly Func<TState> _stateAccessor;
    private readonly Action<TState> _stateMutator;
    private readonly Dictionary<TState, StateRepresentation> _states = [];
    private readonly List<StateRepresentation> _statesInOrder = [];
    private readonly Dictionary<TTrigger, Type> _triggerParameters = [];
    private readonly List<Action<Transition>> _transitionedHandlers = [];
    private Action<TState, TTrigger>? _unhandledTriggerPolicy;

    /// <summary>A machine whose state lives outside it (for example in a stored record): read and written through
    /// the two delegates on every use.</summary>
    public StateMachine(Func<TState> stateAccessor, Action<TState> stateMutator)
    {
        ArgumentNullException.ThrowIfNull(stateAccessor);
        ArgumentNullException.ThrowIfNull(stateMutator);
        _stateAccessor = stateAccessor;
        _stateMutator = stateMutator;
    }

    /// <summary>A machine that keeps its own state, starting in <paramref name="initialState"/>.</summary>
    public StateMachine(TState initialState)
    {
        // The closure is the machine's private storage for its state.
        var state = initialState;
        _stateAccessor = () => state;
        _stateMutator = s => state = s;
    }

    /// <summary>The current state, read through the accessor.</summary>
    public TState State => _stateAccessor();

    /// <summary>The triggers that can be fired in the current state (its own, then its superstates'), guards
    /// evaluated, ignored triggers and internal transitions included. A guard that needs a trigger's argument
    /// cannot be judged without one and counts as met.</summary>
    public IEnumerable<TTrigger> PermittedTriggers
    {
        get
        {
            var current = RepresentationOf(State);
            var permitted = new List<TTrigger>();
            foreach (var trigger in current.TriggersInScope())
            {
                if (current.FindHandler(trigger, ArgumentsFor(trigger)).Behaviour is not null)
                    permitted.Add(trigger);
            }

            return permitted;
        }
    }

    /// <summary>Starts (or continues) the configuration of <paramref name="state"/>.</summary>
    public StateConfiguration Configure(TState state) => new(this, GetOrAddRepresentation(state));

    /// <summary>Declares that <paramref name="trigger"/> carries one argument of type <typeparamref name="TArg"/>.
    /// From then on it must be fired with <see cref="Fire{TArg}"/>.</summary>
    public TriggerWithParameters<TArg> SetTriggerParameters<TArg>(TTrigger trigger)
    {
        if (_triggerParameters.TryGetValue(trigger, out var existing))
        {
            throw new InvalidOperationException(
                $"The parameters of trigger '{DisplayName.Of(trigger)}' are already set ({existing.Name}); set them once per machine.");
        }

        _triggerParameters.Add(trigger, typeof(TArg));
        return new TriggerWithParameters<TArg>(trigger);
    }

    /// <summary>Fires a trigger that has no parameters. See the class remarks for queuing.</summary>
    /// <exception cref="ArgumentException">The trigger was declared with parameters.</exception>
    /// <exception cref="InvalidOperationException">Nothing handles it and no unhandled-trigger policy is set, or
    /// more than one guard for it is true.</exception>
    public void Fire(TTrigger trigger)
    {
        CheckArguments(trigger, null);
        Enqueue(trigger, []);
    }

    /// <summary>Fires a trigger with its argument.</summary>
    public void Fire<TArg>(TriggerWithParameters<TArg> trigger, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        CheckArguments(trigger.Trigger, typeof(TArg));
        Enqueue(trigger.Trigger, [argument]);
    }

    /// <summary>True when firing <paramref name="trigger"/> now would be handled (a transition, a reentry, an
    /// internal transition or an ignore). A guard that needs the trigger's argument counts as met; use
    /// <see cref="CanFire{TArg}"/> to judge it with an argument.</summary>
    public bool CanFire(TTrigger trigger) =>
        RepresentationOf(State).FindHandler(trigger, ArgumentsFor(trigger)).Behaviour is not null;

    /// <summary>True when firing <paramref name="trigger"/> with <paramref name="argument"/> now would be handled.</summary>
    public bool CanFire<TArg>(TriggerWithParameters<TArg> trigger, TArg argument)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        CheckArguments(trigger.Trigger, typeof(TArg));
        return RepresentationOf(State).FindHandler(trigger.Trigger, [argument]).Behaviour is not null;
    }

    /// <summary>True when the current state is <paramref name="state"/> or one of its substates.</summary>
    public bool IsInState(TState state) => RepresentationOf(State).IsIncludedIn(state);

    /// <summary>Sets the one policy for triggers that nothing handles in the current state (replacing any earlier
    /// one). Without it, such a trigger throws <see cref="InvalidOperationException"/>.</summary>
    public void OnUnhandledTrigger(Action<TState, TTrigger> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _unhandledTriggerPolicy = action;
    }

    /// <summary>Adds a handler called on every transition (including reentries, not internal transitions or
    /// ignored triggers), after the new state is stored and before entry actions run.</summary>
    public void OnTransitioned(Action<Transition> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _transitionedHandlers.Add(action);
    }

    private StateRepresentation GetOrAddRepresentation(TState state)
    {
        if (!_states.TryGetValue(state, out var representation))
        {
            representation = new StateRepresentation(state);
            _states.Add(state, representation);
            _statesInOrder.Add(representation);
        }

        return representation;
    }

    // A state that was never configured has no behaviours: a fresh representation that is not remembered, so reading
    // the machine never changes its configuration.
    private StateRepresentation RepresentationOf(TState state) =>
        _states.TryGetValue(state, out var representation) ? representation : new StateRepresentation(state);

    // Null means "the arguments are unknown" (a query without them): guards that need them count as met.
    private object?[]? ArgumentsFor(TTrigger trigger) => _triggerParameters.ContainsKey(trigger) ? null : [];

    private void CheckArguments(TTrigger trigger, Type? firedWith)
    {
        _triggerParameters.TryGetValue(trigger, out var declared);
        if (declared == firedWith)
            return;

        var name = DisplayName.Of(trigger);
        if (declared is null)
        {
            throw new ArgumentException(
                $"Trigger '{name}' takes no parameters, but it was fired with one ({firedWith!.Name}). " +
                $"Fire it without an argument, or declare the parameter with SetTriggerParameters<{firedWith.Name}>() on this machine.",
                nameof(trigger));
        }

        if (firedWith is null)
        {
            throw new ArgumentException(
                $"Trigger '{name}' takes one parameter ({declared.Name}), but it was fired without parameters. " +
                "Fire it with the TriggerWithParameters returned by SetTriggerParameters and its argument.",
                nameof(trigger));
        }

        throw new ArgumentException(
            $"Trigger '{name}' takes a parameter of type {declared.Name}, but it was fired with a {firedWith.Name}.",
            nameof(trigger));
    }

    private void CheckDeclared<TArg>(TriggerWithParameters<TArg> trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (_triggerParameters.TryGetValue(trigger.Trigger, out var declared) && declared == typeof(TArg))
            return;

        var name = DisplayName.Of(trigger.Trigger);
        throw new ArgumentException(declared is null
            ? $"Trigger '{name}' has no parameters on this machine; call SetTriggerParameters<{typeof(TArg).Name}>({name}) first."
            : $"Trigger '{name}' takes a parameter of type {declared.Name} on this machine, not {typeof(TArg).Name}.",
            nameof(trigger));
    }
}
