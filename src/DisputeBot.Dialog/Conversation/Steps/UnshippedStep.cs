using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>An order the seller has not shipped: not a dispute yet but a cancellation (seed 002), so the parcel's
/// problems are not asked. The buyer says how the cancellation goes, and the day it was asked (the seller's time to
/// decide counts from it); a status already told is not asked again: the question then waits for what comes next.</summary>
internal sealed class UnshippedStep : QuestionStep
{
    public override DialogStep Id => DialogStep.Unshipped;

    public override string HintKey => "unshipped";

    /// <summary>"I don't know" to the day of the request: the seller's decision day stays unknown.</summary>
    public override MessageFacts Unknown { get; } = new() { DontKnow = true };

    public override StepQuestion Question(DisputeConversation c)
    {
        var s = c.State;
        if (s.Cancel is null)
        {
            return new("ask.unshipped", [c.Choice(ChoiceIds.CancelNotAsked), c.Choice(ChoiceIds.CancelWaiting), c.Choice(ChoiceIds.CancelRefused), c.Choice(ChoiceIds.ShippedNow)]);
        }

        if (c.CancelDayWanted)
        {
            return new("ask.cancel_asked_on", [c.Choice(ChoiceIds.Today), c.Choice(ChoiceIds.Yesterday), c.Choice(ChoiceIds.DontKnow), c.Choice(ChoiceIds.ShippedNow)]);
        }

        var next = new List<ReplyChoice>(3);
        if (s.Cancel == CancelStatus.NotAsked)
        {
            next.Add(c.Choice(ChoiceIds.CancelWaiting));
        }

        next.Add(c.Choice(ChoiceIds.CancelDone));
        if (s.Cancel == CancelStatus.Asked)
        {
            next.Add(c.Choice(ChoiceIds.CancelRefused));
        }

        next.Add(c.Choice(ChoiceIds.ShippedNow));
        return new("ask.unshipped_next", next);
    }

    public override bool OnChoice(DisputeConversation c, string id) => id switch
    {
        ChoiceIds.Today when c.CancelDayWanted => c.CancelAskedOn(c.Today),
        ChoiceIds.Yesterday when c.CancelDayWanted => c.CancelAskedOn(c.Today.AddDays(-1)),
        ChoiceIds.DontKnow when c.CancelDayWanted => c.CancelAskedOn(null),
        _ => c.CancellationChoice(id),
    };

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
