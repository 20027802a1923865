using System.Text;

namespace DisputeBot.Dialog.StateMachine;

/// <summary>Writes a machine's configuration as a Mermaid <c>stateDiagram-v2</c>: composite states for substates,
/// <c>[*]</c> for the initial state and initial transitions, choice nodes for dynamic transitions, guards in
/// brackets on edges, and entry/exit actions, internal transitions and ignored triggers as lines inside the state.
/// The output depends only on the configuration order, so it can be committed and compared as an exact string.</summary>
public static class MermaidGraph
{
    private const string Indent = "    ";

    public static string Format(StateMachineInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var ids = new GraphIds(info, ToId);
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        Line(text, 1, $"[*] --> {ids[info.InitialState]}");

        foreach (var state in info.TopLevelStates)
            WriteState(text, ids, state, 1);

        var edges = new StringBuilder();
        foreach (var state in info.States)
        {
            foreach (var transition in state.FixedTransitions)
                Line(edges, 1, $"{ids[state]} --> {ids[transition.Destination]} : {Escape(GraphText.FixedTransitionLabel(transition))}");

            foreach (var transition in state.DynamicTransitions)
            {
                var choice = ids.Allocate($"{state.Name}_{transition.Trigger.Name}_choice");
                Line(text, 1, $"state {choice} <<choice>>");
                Line(edges, 1, $"{ids[state]} --> {choice} : {Escape(GraphText.DynamicTransitionLabel(transition))}");
                foreach (var destination in transition.PossibleDestinations)
                    Line(edges, 1, $"{choice} --> {ids[destination]}");
            }
        }

        return text.Append(edges).ToString();
    }

    private static void WriteState(StringBuilder text, GraphIds ids, StateInfo state, int depth)
    {
        var id = ids[state];
        if (id != state.Name)
            Line(text, depth, $"state \"{Escape(state.Name)}\" as {id}");

        if (state.Substates.Count > 0)
        {
            Line(text, depth, $"state {id} {{");
            if (state.InitialTransitionTarget is { } initial)
                Line(text, depth + 1, $"[*] --> {ids[initial]}");

            foreach (var substate in state.Substates)
                WriteState(text, ids, substate, depth + 1);

            Line(text, depth, "}");
        }

        var lines = GraphText.StateLines(state).ToList();
        if (lines.Count == 0 && state.Substates.Count == 0)
            Line(text, depth, id);

        foreach (var line in lines)
            Line(text, depth, $"{id} : {Escape(line)}");
    }

    private static void Line(StringBuilder text, int depth, string line)
    {
        for (var i = 0; i < depth; i++)
            text.Append(Indent);

        text.Append(line).Append('\n');
    }

    // Mermaid ids are words: anything else becomes '_' (the real name is then shown through "state ... as id").
    private static string ToId(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in name)
            id.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');

        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? "_" + id : id.ToString();
    }

    // Labels run to the end of the line: line breaks become <br>; '#' and ';' (Mermaid's entity marker and statement
    // separator) and '"' are written as Mermaid entity codes.
    private static string Escape(string label)
    {
        var escaped = new StringBuilder(label.Length);
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            switch (c)
            {
                case '#': escaped.Append("#35;"); break;
                case ';': escaped.Append("#59;"); break;
                case '"': escaped.Append("#quot;"); break;
                case '\r' when i + 1 < label.Length && label[i + 1] == '\n': break; // the \n writes the break
                case '\r' or '\n': escaped.Append("<br>"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
