using DisputeBot.Dialog.Knowledge;
using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The summary card with a description ready to paste, then what next.</summary>
internal sealed class SummaryStep : Step
{
    public override DialogStep Id => DialogStep.Summary;

    public override string HintKey => "summary";

    public override StepQuestion Question(DisputeConversation c)
    {
        var next = new List<ReplyChoice> { c.Choice(ChoiceIds.BackToEvidence) };
        if (c.HasOwnWords)
        {
            next.Add(c.Choice(c.OwnWordsAdded ? ChoiceIds.RemoveMyWords : ChoiceIds.AddMyWords));
        }

        if (c.ReminderOffer() is { } remind)
        {
            next.Add(remind);
        }

        if (c.CalendarOffer() is { } calendar)
        {
            next.Add(calendar);
        }

        if (c.Group == ArrivalGroup.Received)
        {
            next.Add(c.Choice(ChoiceIds.CompareRefunds));
        }

        next.Add(c.Choice(ChoiceIds.Restart));
        return new("ask.after_summary", next);
    }

    public override bool OnChoice(DisputeConversation c, string id)
    {
        switch (id)
        {
            case ChoiceIds.BackToEvidence:
                c.Fire(DialogTrigger.BackToEvidence);
                return true;
            case ChoiceIds.CompareRefunds:
                c.CompareRefundsFrom(DialogStep.Summary);
                return true;
            case ChoiceIds.AddMyWords or ChoiceIds.RemoveMyWords:
                c.SetOwnWords(id == ChoiceIds.AddMyWords);
                return true;
            default:
                return false;
        }
    }

    public override void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c) =>
        state
            .OnEntry(c.EnterSummary, "show the summary")
            .OnEntry(c.QuestionDue, "offer what next")
            .PermitReentry(DialogTrigger.Reprompt)
            .Ignore(DialogTrigger.Answered)
            .Permit(DialogTrigger.BackToEvidence, DialogStep.Evidence)
            .Permit(DialogTrigger.CompareRefunds, DialogStep.AskReturnCosts)
            .Permit(DialogTrigger.Settle, DialogStep.Settled);
}
