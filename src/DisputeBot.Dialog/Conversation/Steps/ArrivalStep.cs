using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>"Did your package arrive?" A described problem answers it too ("the box came empty").</summary>
internal sealed class ArrivalStep : QuestionStep
{
    public override DialogStep Id => DialogStep.AskArrival;

    public override Expectation Expecting => Expectation.Arrival;

    public override string HintKey => "arrival";

    public override StepQuestion Question(DisputeConversation c) =>
        new("ask.arrival", [c.Choice(ChoiceIds.Yes), c.Choice(ChoiceIds.No), c.Choice(ChoiceIds.Partly)]);

    public override MessageFacts Read(DisputeConversation c, string text)
    {
        var arrival = c.Kit.Text.ReadArrival(text);
        // "not received yet, it only shipped 5 days ago": a problem of the other group ("only 5" of a shortage)
        // can't be meant when the text says whether it came.
        var group = arrival switch
        {
            Arrival.No => ArrivalGroup.NotReceived,
            Arrival.Yes or Arrival.Partly => ArrivalGroup.Received,
            _ => (ArrivalGroup?)null,
        };
        var guess = c.Kit.Text.ClassifyProblem(text, group);
        return new MessageFacts
        {
            Problem = guess is { Confident: true } ? guess : null,
            Arrival = arrival,
            Quantities = guess is { Confident: true } ? c.Kit.Text.ReadQuantities(text) : null,
        };
    }

    public override bool OnChoice(DisputeConversation c, string id)
    {
        Arrival? arrival = id switch
        {
            ChoiceIds.Yes => Arrival.Yes,
            ChoiceIds.No => Arrival.No,
            ChoiceIds.Partly => Arrival.Partly,
            _ => null,
        };
        return arrival is not null && c.Learn(new MessageFacts { Arrival = arrival });
    }
}
