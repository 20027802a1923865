using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>"What's wrong?" The categories of the known arrival, as buttons, or the buyer's own words.</summary>
internal sealed class ProblemStep : QuestionStep
{
    public override DialogStep Id => DialogStep.AskProblem;

    public override Expectation Expecting => Expectation.Problem;

    public override string HintKey => "problem";

    public override StepQuestion Question(DisputeConversation c)
    {
        var group = c.Group;
        var categories = c.Kit.Pack.Categories.Where(x => group is null || x.Group == group);
        if (c.State.Arrival == Arrival.Partly)
        {
            // Part of an order missing is most often a shortage or missing parts: offer those first.
            categories = categories.OrderBy(x => x.Id is "quantity_shortage" or "missing_parts" ? 0 : 1);
        }

        return new(group == ArrivalGroup.NotReceived ? "ask.problem_not_received" : "ask.problem_received",
            categories.Select(x => new ReplyChoice(x.Id, x.Label)).ToArray());
    }

    public override MessageFacts Read(DisputeConversation c, string text) => ReadProblem(c, text);

    public override bool OnChoice(DisputeConversation c, string id) => ChooseById(c, id);

    /// <summary>Numbers and symbols alone ("31/02/2026") describe no problem.</summary>
    internal static MessageFacts ReadProblem(DisputeConversation c, string text) =>
        text.Any(char.IsLetter) && c.Kit.Text.ClassifyProblem(text, c.Group) is { Candidates.Count: > 0 } guess
            ? new MessageFacts { Problem = guess, Quantities = c.Kit.Text.ReadQuantities(text) }
            : MessageFacts.None;

    internal static bool ChooseById(DisputeConversation c, string id)
    {
        var category = c.Kit.Pack.Categories.FirstOrDefault(x => x.Id == id);
        if (category is null)
        {
            return false;
        }

        c.ChooseCategory(category, null);
        c.Advance();
        return true;
    }
}
