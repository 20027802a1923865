using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>How the order was paid: PayPal and card add routes of their own.</summary>
internal sealed class PaymentStep : QuestionStep
{
    public override DialogStep Id => DialogStep.AskPayment;

    public override Expectation Expecting => Expectation.Payment;

    public override string HintKey => "payment";

    public override StepQuestion Question(DisputeConversation c) =>
        new("ask.payment", [c.Choice(ChoiceIds.Card), c.Choice(ChoiceIds.PayPal), c.Choice(ChoiceIds.OtherPayment)]);

    public override MessageFacts Unknown { get; } = new() { Payment = PaymentMethod.Unknown };

    public override MessageFacts Read(DisputeConversation c, string text) => new()
    {
        Payment = c.Kit.Text.ReadPayment(text),
        DontKnow = c.Kit.Text.IsDontKnow(text),
    };

    public override bool OnChoice(DisputeConversation c, string id)
    {
        PaymentMethod? payment = id switch
        {
            ChoiceIds.PayPal => PaymentMethod.PayPal,
            ChoiceIds.Card => PaymentMethod.Card,
            ChoiceIds.OtherPayment => PaymentMethod.Other,
            ChoiceIds.DontKnow => PaymentMethod.Unknown,
            _ => null,
        };
        return payment is not null && c.Learn(new MessageFacts { Payment = payment });
    }
}
