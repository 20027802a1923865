using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.StateMachine;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>The diagrams in dialogs/ are generated from the dialog's state machine and must not go stale.
/// To regenerate them: <c>UPDATE_DIAGRAMS=1 dotnet test tests/DisputeBot.Dialog.Tests --filter DialogDiagram</c>.</summary>
public sealed class DialogDiagramTests
{
    private static readonly StateMachineInfo Machine = new DisputeDialog(RealKnowledge.Base).Describe();

    [Fact]
    public void The_committed_Mermaid_diagram_is_the_dialogs_current_machine() =>
        AssertCurrent("dispute-dialog.mmd", MermaidGraph.Format(Machine));

    [Fact]
    public void The_committed_DOT_diagram_is_the_dialogs_current_machine() =>
        AssertCurrent("dispute-dialog.dot", DotGraph.Format(Machine));

    [Fact]
    public void The_diagram_shows_every_step_of_the_dialog()
    {
        var mermaid = MermaidGraph.Format(Machine);
        foreach (var step in Enum.GetNames<DialogStep>())
        {
            Assert.Contains(step, mermaid, StringComparison.Ordinal);
        }
    }

    private static void AssertCurrent(string file, string generated)
    {
        var path = Path.Combine(RepositoryPaths.Dialogs, file);
        if (Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"dialogs/{file} is missing: run UPDATE_DIAGRAMS=1 dotnet test tests/DisputeBot.Dialog.Tests --filter DialogDiagram");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            committed == generated.ReplaceLineEndings("\n"),
            $"dialogs/{file} is stale: the dialog's state machine changed. Regenerate it with UPDATE_DIAGRAMS=1 dotnet test tests/DisputeBot.Dialog.Tests --filter DialogDiagram");
    }
}
