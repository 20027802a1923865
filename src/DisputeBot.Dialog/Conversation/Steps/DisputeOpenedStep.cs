using DisputeBot.Dialog.Understanding.Dates;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>Whether a dispute is already open, and since when.</summary>
internal sealed class DisputeOpenedStep : QuestionStep
{
    public override DialogStep Id => DialogStep.AskDisputeOpened;

    public override Expectation Expecting => Expectation.DisputeOpened;

    public override string HintKey => "dispute_opened";

    public override MessageFacts Unknown { get; } = new() { DontKnow = true };

    public override StepQuestion Question(DisputeConversation c) =>
        new("ask.dispute_opened", [c.Choice(ChoiceIds.NotYet), c.Choice(ChoiceIds.Today)]);

    public override MessageFacts Read(DisputeConversation c, string text)
    {
        var yesNo = c.Kit.Text.ReadYesNo(text);
        if (yesNo is false)
        {
            return new MessageFacts { Dispute = new DisputeFact(DisputeKind.NotOpened) };
        }

        var reading = c.Kit.Dates.Read(text, c.Today, c.DayFirst, expectFuture: false);
        return reading.Kind switch
        {
            DateReadingKind.NoSuchDate => new MessageFacts { ImpossibleDate = true },
            DateReadingKind.Ambiguous or DateReadingKind.Date when reading.Date is { } date =>
                new MessageFacts { Dispute = new DisputeFact(DisputeKind.Open, date), YesNo = yesNo },
            _ when yesNo is true => new MessageFacts { Dispute = new DisputeFact(DisputeKind.Open) },
            _ => new MessageFacts { DontKnow = c.Kit.Text.IsDontKnow(text) },
        };
    }

    public override bool OnChoice(DisputeConversation c, string id) => id switch
    {
        ChoiceIds.NotYet => c.Learn(new MessageFacts { Dispute = new DisputeFact(DisputeKind.NotOpened) }),
        ChoiceIds.Today => c.Learn(new MessageFacts { Dispute = new DisputeFact(DisputeKind.Open, c.Today) }),
        ChoiceIds.DontKnow => c.Learn(Unknown),
        _ => false,
    };
}
