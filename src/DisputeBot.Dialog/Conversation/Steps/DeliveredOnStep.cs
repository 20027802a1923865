using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The day it arrived, or tracking said delivered (it shortens the time left).</summary>
internal sealed class DeliveredOnStep : DateStep
{
    public override DialogStep Id => DialogStep.AskDeliveredOn;

    public override Expectation Expecting => Expectation.DeliveredOn;

    public override StepQuestion Question(DisputeConversation c) =>
        new("ask.delivered_on", [c.Choice(ChoiceIds.Today), c.Choice(ChoiceIds.Yesterday), c.Choice(ChoiceIds.DontKnow)]);

    protected override MessageFacts With(DateFact date) => new() { DeliveredOn = date };
}
