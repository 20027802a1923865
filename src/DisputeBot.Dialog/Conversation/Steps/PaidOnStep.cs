using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The day of payment (PayPal and card windows count from it).</summary>
internal sealed class PaidOnStep : DateStep
{
    public override DialogStep Id => DialogStep.AskPaidOn;

    public override Expectation Expecting => Expectation.PaidOn;

    public override StepQuestion Question(DisputeConversation c) => new("ask.paid_on", [c.Choice(ChoiceIds.DontKnow)]);

    protected override MessageFacts With(DateFact date) => new() { PaidOn = date };
}
