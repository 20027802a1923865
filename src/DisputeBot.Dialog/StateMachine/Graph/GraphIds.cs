namespace DisputeBot.Dialog.StateMachine;

/// <summary>Gives every state (and every extra node a diagram needs) an id unique within one diagram, derived from its
/// name, so two states whose names format alike still get two nodes.</summary>
internal sealed class GraphIds
{
    private readonly Dictionary<StateInfo, string> _stateIds = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Func<string, string> _toId;

    public GraphIds(StateMachineInfo info, Func<string, string> toId, params string[] reserved)
    {
        _toId = toId;
        _used.UnionWith(reserved);
        foreach (var state in info.States)
            _stateIds.Add(state, Allocate(state.Name));
    }

    public string this[StateInfo state] => _stateIds[state];

    /// <summary>A new id for a node that is not a state.</summary>
    public string Allocate(string name)
    {
        var id = _toId(name);
        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
            candidate = $"{id}_{n}";

        return candidate;
    }
}
