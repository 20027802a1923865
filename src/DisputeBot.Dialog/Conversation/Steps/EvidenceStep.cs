using DisputeBot.Dialog.Understanding.Facts;
using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The evidence checklist: ticked by button, by words and by files; the deadlines come first.</summary>
internal sealed class EvidenceStep : Step
{
    /// <summary>Most evidence buttons shown at once; the checklist lists them all.</summary>
    private const int MaxEvidenceButtons = 6;

    public override DialogStep Id => DialogStep.Evidence;

    public override Expectation Expecting => Expectation.Evidence;

    public override string HintKey => "evidence";

    public override StepQuestion Question(DisputeConversation c)
    {
        var open = (c.Category?.Checklist ?? [])
            .Where(i => !c.State.EvidenceDone.Contains(i.Id))
            .Take(MaxEvidenceButtons)
            .Select(i => new ReplyChoice(i.Id, i.ButtonLabel));
        var extras = new List<ReplyChoice>(4);
        if (c.ReminderOffer() is { } remind)
        {
            extras.Add(remind);
        }

        if (c.CalendarOffer() is { } calendar)
        {
            extras.Add(calendar);
        }

        if (c.Group == Knowledge.ArrivalGroup.Received)
        {
            extras.Add(c.Choice(ChoiceIds.CompareRefunds));
        }

        extras.Add(c.Choice(ChoiceIds.Done));
        var (done, total) = c.Progress();
        return new("ask.evidence", open.Concat(extras).ToArray(), [("done", done), ("total", total)]);
    }

    public override bool OnText(DisputeConversation c, string text) => c.EvidenceText(text);

    public override bool OnChoice(DisputeConversation c, string id) => c.EvidenceChoice(id);

    public override void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c) =>
        state
            .OnEntryFrom(DialogTrigger.Answered, c.EnterDeadlines, "show the deadlines")
            .OnEntry(c.ShowChecklist, "show the checklist")
            .PermitReentry(DialogTrigger.Reprompt)
            .Ignore(DialogTrigger.Answered)
            .Permit(DialogTrigger.Finish, DialogStep.Summary)
            .Permit(DialogTrigger.CompareRefunds, DialogStep.AskReturnCosts)
            .Permit(DialogTrigger.Settle, DialogStep.Settled);
}
