using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;
using Stateless.Graph;
using Stateless.Reflection;

namespace DisputeBot.Dialog.Tests.Conversation;

/// <summary>The diagrams in dialogs/ are Stateless's own export of the dialog's machine and must not go stale.
/// To regenerate them: <c>UPDATE_DIAGRAMS=1 dotnet test tests/DisputeBot.Dialog.Tests --filter DialogDiagram</c>.</summary>
public sealed class DialogDiagramTests
{
    private static readonly StateMachineInfo Machine = new DisputeDialog(RealKnowledge.Base).Describe();

    [Fact]
    public void The_committed_Mermaid_diagram_is_the_dialogs_current_machine() =>
        AssertCurrent("dispute-dialog.mmd", MermaidGraph.Format(Machine));

    [Fact]
    public void The_committed_DOT_diagram_is_the_dialogs_current_machine() =>
        AssertCurrent("dispute-dialog.dot", UmlDotGraph.Format(Machine));

    [Fact]
    public void The_diagram_shows_every_step_of_the_dialog()
    {
        var mermaid = MermaidGraph.Format(Machine);
        foreach (var step in Enum.GetNames<DialogStep>())
        {
            Assert.Contains(step, mermaid, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_dynamic_transition_lands_on_a_declared_step()
    {
        var declared = Machine.States.Select(s => s.UnderlyingState.ToString()).ToHashSet(StringComparer.Ordinal);
        var dynamic = Machine.States.SelectMany(s => s.DynamicTransitions.Select(t => (From: s.UnderlyingState.ToString(), Transition: t))).ToList();

        Assert.NotEmpty(dynamic);
        foreach (var (from, transition) in dynamic)
        {
            Assert.NotEmpty(transition.PossibleDestinationStates);
            foreach (var destination in transition.PossibleDestinationStates)
            {
                Assert.True(
                    declared.Contains(destination.DestinationState),
                    $"{from} --{transition.Trigger.UnderlyingTrigger}--> {destination.DestinationState}: not a configured step.");
            }
        }
    }

    [Fact]
    public void Every_question_step_can_move_on_to_the_next_open_question()
    {
        var questions = new[]
        {
            DialogStep.AskArrival, DialogStep.AskProblem, DialogStep.ConfirmProblem, DialogStep.AskTimer, DialogStep.AskShippedOn,
            DialogStep.AskDeliveredOn, DialogStep.AskPayment, DialogStep.AskPaidOn, DialogStep.AskDisputeOpened, DialogStep.ConfirmDate,
        };
        foreach (var step in questions)
        {
            var state = Assert.Single(Machine.States, s => Equals(s.UnderlyingState, step));
            Assert.Contains(state.DynamicTransitions, t => Equals(t.Trigger.UnderlyingTrigger, DialogTrigger.Answered));
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
