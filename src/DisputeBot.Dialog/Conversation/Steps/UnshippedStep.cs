using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>An order the seller has not shipped: not a dispute yet but a cancellation (seed 002), so the parcel's
/// problems are not asked; the buyer says how the cancellation goes until the order is cancelled or ships.</summary>
internal sealed class UnshippedStep : QuestionStep
{
    public override DialogStep Id => DialogStep.Unshipped;

    public override string HintKey => "unshipped";

    public override StepQuestion Question(DisputeConversation c) =>
        new("ask.unshipped", [c.Choice(ChoiceIds.CancelNotAsked), c.Choice(ChoiceIds.CancelWaiting), c.Choice(ChoiceIds.CancelRefused), c.Choice(ChoiceIds.ShippedNow)]);

    public override bool OnChoice(DisputeConversation c, string id) => c.CancellationChoice(id);

    /// <summary>"ok i asked to cancel, waiting", "seller refused to cancel": the buyer tells where the cancellation stands.</summary>
    public override string? TypedChoice(DisputeConversation c, string text) =>
        c.Kit.Text.Affirms(text, FactPhrase.CancelRefused) ? ChoiceIds.CancelRefused
        : c.Kit.Text.Affirms(text, FactPhrase.CancelAsked) ? ChoiceIds.CancelWaiting
        : null;

    public override bool OnText(DisputeConversation c, string text)
    {
        if (!c.Kit.Text.SaysNotShipped(text))
        {
            return false;
        }

        // "it never shipped!! its just awaiting shipment": said again, so how to cancel is what helps.
        return c.CancellationChoice(ChoiceIds.CancelNotAsked);
    }
}
