using System.Text;

namespace DisputeBot.Dialog.StateMachine;

/// <summary>Writes a machine's configuration as a Graphviz DOT digraph: a rounded box per state listing its
/// described entry/exit actions, internal transitions and ignored triggers; a <c>cluster_</c> subgraph per
/// superstate (with a point node standing for the superstate itself, the start of its initial transition); a diamond
/// per dynamic transition with edges to its possible destinations; a point for the initial state. The output depends
/// only on the configuration order, so it can be committed and compared as an exact string.</summary>
public static class DotGraph
{
    private const string Indent = "    ";
    private const string InitialNode = "__initial";

    public static string Format(StateMachineInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var ids = new GraphIds(info, name => name, InitialNode);
        var text = new StringBuilder();
        text.Append("digraph {\n");
        Line(text, 1, "compound=true;");
        Line(text, 1, "rankdir=LR;");
        Line(text, 1, "node [shape=box, style=rounded];");
        Line(text, 1, $"{Quote(InitialNode)} [shape=point, label=\"\"];");

        foreach (var state in info.TopLevelStates)
            WriteState(text, ids, state, 1);

        var edges = new StringBuilder();
        Line(edges, 1, $"{Quote(InitialNode)} -> {Quote(ids[info.InitialState])}{Attributes(Head(null, info.InitialState, ids))};");
        foreach (var state in info.States)
        {
            foreach (var transition in state.FixedTransitions)
            {
                Line(edges, 1, $"{Quote(ids[state])} -> {Quote(ids[transition.Destination])}" +
                    Attributes([Label(GraphText.FixedTransitionLabel(transition)), .. Tail(state, transition.Destination, ids), .. Head(state, transition.Destination, ids)]) + ";");
            }

            foreach (var transition in state.DynamicTransitions)
            {
                var decision = ids.Allocate($"{state.Name}_{transition.Trigger.Name}_decision");
                Line(text, 1, $"{Quote(decision)} [shape=diamond, label=\"\"];");
                Line(edges, 1, $"{Quote(ids[state])} -> {Quote(decision)}" +
                    Attributes([Label(GraphText.DynamicTransitionLabel(transition)), .. Tail(state, null, ids)]) + ";");
                foreach (var destination in transition.PossibleDestinations)
                    Line(edges, 1, $"{Quote(decision)} -> {Quote(ids[destination])}{Attributes(Head(null, destination, ids))};");
            }
        }

        return text.Append(edges).Append("}\n").ToString();
    }

    private static void WriteState(StringBuilder text, GraphIds ids, StateInfo state, int depth)
    {
        var label = string.Join("\n", GraphText.StateLines(state).Prepend(state.Name));
        if (state.Substates.Count == 0)
        {
            Line(text, depth, $"{Quote(ids[state])} [label={Quote(label)}];");
            return;
        }

        Line(text, depth, $"subgraph {Quote(Cluster(state, ids))} {{");
        Line(text, depth + 1, $"label={Quote(label)};");
        Line(text, depth + 1, $"{Quote(ids[state])} [shape=point, label=\"\"];");
        foreach (var substate in state.Substates)
            WriteState(text, ids, substate, depth + 1);

        if (state.InitialTransitionTarget is { } initial)
            Line(text, depth + 1, $"{Quote(ids[state])} -> {Quote(ids[initial])}{Attributes(Head(state, initial, ids))};");

        Line(text, depth, "}");
    }

    // An edge from or to a superstate is drawn from or to its cluster's border, unless the other end is inside it
    // (Graphviz cannot clip an edge to a cluster that contains both ends).
    private static IEnumerable<string> Tail(StateInfo source, StateInfo? destination, GraphIds ids) =>
        source.Substates.Count > 0 && (destination is null || !IsWithin(destination, source))
            ? [$"ltail={Quote(Cluster(source, ids))}"]
            : [];

    private static IEnumerable<string> Head(StateInfo? source, StateInfo destination, GraphIds ids) =>
        destination.Substates.Count > 0 && (source is null || !IsWithin(source, destination))
            ? [$"lhead={Quote(Cluster(destination, ids))}"]
            : [];

    private static bool IsWithin(StateInfo state, StateInfo container)
    {
        for (var candidate = state; candidate is not null; candidate = candidate.Superstate)
        {
            if (candidate == container)
                return true;
        }

        return false;
    }

    private static string Cluster(StateInfo state, GraphIds ids) => "cluster_" + ids[state];

    private static string Label(string label) => $"label={Quote(label)}";

    private static string Attributes(IEnumerable<string> attributes)
    {
        var list = string.Join(", ", attributes);
        return list.Length == 0 ? string.Empty : $" [{list}]";
    }

    private static void Line(StringBuilder text, int depth, string line)
    {
        for (var i = 0; i < depth; i++)
            text.Append(Indent);

        text.Append(line).Append('\n');
    }

    // A DOT double-quoted string: quotes and backslashes escaped, line breaks written as DOT's \n (centred line).
    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break; // the \n writes the break
                case '\r' or '\n': quoted.Append("\\n"); break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
