using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Tests.StateMachine;

public sealed class GraphTests
{
    private const char MermaidSemicolon = '\u037E';

    [Fact]
    public void Mermaid_export_of_a_small_machine_is_exactly_this()
    {
        const string expected = """
            stateDiagram-v2
                [*] --> A
                state "A" as A
                A : Noise / ignored
                state Parent {
                    [*] --> Child1
                    state "Child1" as Child1
                    Child1 : Tick / internal
                    state "Child2" as Child2
                    Child2 : entry from Text / thank
                }
                note right of Parent
                    entry / greet
                    exit / say bye
                end note
                state "B" as B
                B : Noise [when quiet] / ignored
                state Child2_Choose_choice <<choice>>
                A --> Parent : Go
                Parent --> A : Back
                Child1 --> Child2 : Text [has "text"]
                Child2 --> Child2 : Z
                Child2 --> Child2_Choose_choice : Choose (by topic)
                Child2_Choose_choice --> Child1
                Child2_Choose_choice --> B
                B --> A : X [guarded]

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), MermaidGraph.Format(SmallMachine.Build().GetInfo()));
    }

    [Fact]
    public void Dot_export_of_a_small_machine_is_exactly_this()
    {
        const string expected = """
            digraph {
                compound=true;
                rankdir=LR;
                node [shape=box, style=rounded];
                "__initial" [shape=point, label=""];
                "A" [label="A\nNoise / ignored"];
                subgraph "cluster_Parent" {
                    label="Parent\nentry / greet\nexit / say bye";
                    "Parent" [shape=point, label=""];
                    "Child1" [label="Child1\nTick / internal"];
                    "Child2" [label="Child2\nentry from Text / thank"];
                    "Parent" -> "Child1";
                }
                "B" [label="B\nNoise [when quiet] / ignored"];
                "Child2_Choose_decision" [shape=diamond, label=""];
                "__initial" -> "A";
                "A" -> "Parent" [label="Go", lhead="cluster_Parent"];
                "Parent" -> "A" [label="Back", ltail="cluster_Parent"];
                "Child1" -> "Child2" [label="Text [has \"text\"]"];
                "Child2" -> "Child2" [label="Z"];
                "Child2" -> "Child2_Choose_decision" [label="Choose (by topic)"];
                "Child2_Choose_decision" -> "Child1";
                "Child2_Choose_decision" -> "B";
                "B" -> "A" [label="X [guarded]"];
            }

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), DotGraph.Format(SmallMachine.Build().GetInfo()));
    }

    [Fact]
    public void Exports_are_the_same_for_every_machine_built_from_the_same_configuration()
    {
        var first = SmallMachine.Build().GetInfo();
        var second = SmallMachine.Build().GetInfo();

        Assert.Equal(MermaidGraph.Format(first), MermaidGraph.Format(second));
        Assert.Equal(DotGraph.Format(first), DotGraph.Format(second));
    }

    [Fact]
    public void Dot_export_escapes_quotes_backslashes_and_newlines_in_names_and_labels()
    {
        var machine = new StateMachine<string, string>("Say \"hi\"");
        machine.Configure("Say \"hi\"").PermitIf("go", "C:\\done", () => true, "line one\r\nline \"two\"");

        var dot = DotGraph.Format(machine.GetInfo());

        Assert.Contains("\"Say \\\"hi\\\"\" [label=\"Say \\\"hi\\\"\"];\n", dot, StringComparison.Ordinal);
        Assert.Contains(
            "\"Say \\\"hi\\\"\" -> \"C:\\\\done\" [label=\"go [line one\\nline \\\"two\\\"]\"];\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_export_gives_names_that_are_not_words_an_id_and_keeps_labels_on_one_line()
    {
        var machine = new StateMachine<string, string>("Waiting for reply");
        machine.Configure("Waiting for reply").PermitIf("late", "Order #1; done", () => true, "line one\nsays \"hi\"");

        var mermaid = MermaidGraph.Format(machine.GetInfo());

        Assert.Equal(
            "stateDiagram-v2\n" +
            "    [*] --> Waiting_for_reply\n" +
            "    state \"Waiting for reply\" as Waiting_for_reply\n" +
            $"    state \"Order #1{MermaidSemicolon} done\" as Order__1__done\n" +
            "    Waiting_for_reply --> Order__1__done : late [line one<br>says \"hi\"]\n",
            mermaid);
    }

    [Fact]
    public void States_whose_names_format_alike_get_distinct_diagram_ids()
    {
        var machine = new StateMachine<string, string>("a b");
        machine.Configure("a b").Permit("go", "a_b");

        var mermaid = MermaidGraph.Format(machine.GetInfo());

        Assert.Contains("a_b --> a_b_2 : go", mermaid, StringComparison.Ordinal);
    }
}
