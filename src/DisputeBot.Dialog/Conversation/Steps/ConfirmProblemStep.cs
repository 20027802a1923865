using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>Free text fitted several problems: the buyer picks one of them, or asks to see them all.</summary>
internal sealed class ConfirmProblemStep : QuestionStep
{
    public override DialogStep Id => DialogStep.ConfirmProblem;

    public override Expectation Expecting => Expectation.Problem;

    public override string HintKey => "problem";

    public override StepQuestion Question(DisputeConversation c) => new(
        "ask.confirm_problem",
        (c.State.CategoryCandidates ?? [])
            .Select(id => c.Kit.Pack.Categories.FirstOrDefault(x => x.Id == id))
            .OfType<ProblemCategory>()
            .Select(x => new ReplyChoice(x.Id, x.Label))
            .Append(c.Choice(ChoiceIds.Other))
            .ToArray());

    public override MessageFacts Read(DisputeConversation c, string text) => ProblemStep.ReadProblem(c, text);

    public override bool OnChoice(DisputeConversation c, string id)
    {
        if (id == ChoiceIds.Other)
        {
            c.ShowAllProblems();
            return true;
        }

        return ProblemStep.ChooseById(c, id);
    }
}
