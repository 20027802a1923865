using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The refund is done (or decided) or the unshipped order is cancelled: nothing is left to collect, so the
/// dialog says what is left (the money arriving, seed 004: "wait few days") and stops asking for dates and evidence.</summary>
internal sealed class SettledStep : Step
{
    public override DialogStep Id => DialogStep.Settled;

    public override string HintKey => "settled";

    public override StepQuestion Question(DisputeConversation c) => new("ask.settled", [c.Choice(ChoiceIds.Restart)]);

    public override void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c) =>
        state
            .OnEntryFrom(DialogTrigger.Answered, c.EnterSettled, "say what is left")
            .OnEntryFrom(DialogTrigger.Settle, c.EnterSettled, "say what is left")
            .OnEntry(c.QuestionDue, "ask what else")
            .PermitReentry(DialogTrigger.Reprompt)
            .Ignore(DialogTrigger.Answered)
            .Ignore(DialogTrigger.Settle);
}
