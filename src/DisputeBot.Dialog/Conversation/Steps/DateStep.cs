using DisputeBot.Dialog.Understanding.Dates;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>A question about a past day of the order (shipped, delivered, paid).</summary>
internal abstract class DateStep : QuestionStep
{
    public override string HintKey => "date";

    /// <summary>"I don't know" skips the day: the deadlines say which dates are estimates.</summary>
    public override MessageFacts Unknown { get; } = new() { DontKnow = true };

    /// <summary>The facts saying <paramref name="date"/> answers this step.</summary>
    protected abstract MessageFacts With(DateFact date);

    public override MessageFacts Read(DisputeConversation c, string text)
    {
        var reading = c.Kit.Dates.Read(text, c.Today, c.DayFirst, expectFuture: false);
        return reading.Kind switch
        {
            DateReadingKind.NoSuchDate => new MessageFacts { ImpossibleDate = true },
            DateReadingKind.Ambiguous when reading is { Date: { } first, Alternative: { } second } => With(new DateFact(first, second)),
            DateReadingKind.Date when reading.Date is { } date => With(new DateFact(date)),
            _ => new MessageFacts { DontKnow = c.Kit.Text.IsDontKnow(text) },
        };
    }

    public override bool OnChoice(DisputeConversation c, string id) => id switch
    {
        ChoiceIds.Today => c.Learn(With(new DateFact(c.Today))),
        ChoiceIds.Yesterday => c.Learn(With(new DateFact(c.Today.AddDays(-1)))),
        ChoiceIds.DontKnow => c.Learn(Unknown),
        _ => false,
    };
}
