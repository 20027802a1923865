using DisputeBot.Dialog.Understanding.Facts;
using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>Full refund with return, or partial refund: needs the item's price and the return postage.</summary>
internal sealed class ReturnCostsStep : Step
{
    public override DialogStep Id => DialogStep.AskReturnCosts;

    public override Expectation Expecting => Expectation.ReturnCosts;

    public override string HintKey => "return_costs";

    public override StepQuestion Question(DisputeConversation c) => new("ask.return_costs", [c.Choice(ChoiceIds.DontKnow)]);

    public override bool OnText(DisputeConversation c, string text) => c.ReturnCostsText(text);

    public override bool OnChoice(DisputeConversation c, string id)
    {
        if (id != ChoiceIds.DontKnow)
        {
            return false;
        }

        c.RefundsInGeneral();
        return true;
    }

    public override void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c) =>
        state
            .OnEntry(c.QuestionDue, "ask the item's value and the return postage")
            .PermitReentry(DialogTrigger.Reprompt)
            .Ignore(DialogTrigger.Answered)
            .Permit(DialogTrigger.Settle, DialogStep.Settled)
            .PermitDynamic(DialogTrigger.Resume, () => c.State.ResumeStep ?? DialogStep.Summary, "back to where the buyer was", ResumeDestinations());

    private static Stateless.Reflection.DynamicStateInfos ResumeDestinations()
    {
        var infos = new Stateless.Reflection.DynamicStateInfos();
        infos.Add(DialogStep.Evidence, "came from the checklist");
        infos.Add(DialogStep.Summary, "came from the summary");
        return infos;
    }
}
