using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The day the seller shipped (tracking details).</summary>
internal sealed class ShippedOnStep : DateStep
{
    public override DialogStep Id => DialogStep.AskShippedOn;

    public override Expectation Expecting => Expectation.ShippedOn;

    public override StepQuestion Question(DisputeConversation c) => new("ask.shipped_on", [c.Choice(ChoiceIds.DontKnow)]);

    protected override MessageFacts With(DateFact date) => new() { ShippedOn = date };
}
