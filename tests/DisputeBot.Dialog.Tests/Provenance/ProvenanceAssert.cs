using DisputeBot.AdviceBook;
using DisputeBot.AdviceBook.Provenance;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Provenance;

/// <summary>The provenance check (<see cref="ProvenanceCheck"/>) as an assertion on every transcript turn, against the
/// real dialogs/rules.yaml.</summary>
public static class ProvenanceAssert
{
    /// <summary>Checks one turn's replies against the buyer's input of that turn and the facts the bot holds after it.
    /// Fails naming every unexplained claim.</summary>
    public static void Check(TurnInput input, DialogResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var typed = input switch
        {
            TextInput text => [text.Text],
            AttachmentInput { Caption: { } caption } => [caption],
            AgentMessageInput agent => [agent.Text],
            _ => Array.Empty<string>(),
        };
        var today = DialogFacts.Today(result.State, now);
        var problems = ProvenanceCheck.Unexplained(RealKnowledge.RuleNumbers, typed, result.Replies, today, DialogFacts.Dates(result.State), DialogFacts.Numbers(result.State, now));
        Assert.True(problems.Count == 0, $"No source for {string.Join(", ", problems.Select(p => $"\"{p}\""))} in:\n{ReplyText.Of(result.Replies)}");
    }
}
