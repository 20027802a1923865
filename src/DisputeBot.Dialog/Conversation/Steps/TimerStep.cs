using DisputeBot.Dialog.Understanding.Dates;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>The protection countdown on the order page: the buyer's real deadline.</summary>
internal sealed class TimerStep : QuestionStep
{
    public override DialogStep Id => DialogStep.AskTimer;

    public override Expectation Expecting => Expectation.Timer;

    public override string HintKey => "timer";

    public override StepQuestion Question(DisputeConversation c) => new("ask.timer", [c.Choice(ChoiceIds.NoTimer)]);

    public override MessageFacts Unknown { get; } = new() { Timer = new TimerFact(TimerKind.NotVisible) };

    public override MessageFacts Read(DisputeConversation c, string text)
    {
        // The protection end lies ahead ("5 April" means the coming one).
        var reading = c.Kit.Dates.Read(text, c.Today, c.DayFirst, expectFuture: true);
        switch (reading.Kind)
        {
            case DateReadingKind.DaysLeft when reading.Days is { } left:
                return new MessageFacts { Timer = Running(c, c.Today.AddDays(left), left) };
            case DateReadingKind.NoSuchDate:
                return new MessageFacts { ImpossibleDate = true };
            case DateReadingKind.Ambiguous when reading is { Date: { } first, Alternative: { } second }:
                return new MessageFacts { Timer = new TimerFact(TimerKind.Running, first, EndsOnAlternative: second) };
            case DateReadingKind.Date when reading.Date is { } date:
                return new MessageFacts { Timer = Running(c, date, null) };
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, c.Kit.Culture, out var days))
        {
            // A bare number on the timer question is the number of days the countdown shows.
            return new MessageFacts { Timer = Running(c, c.Today.AddDays(days), days) };
        }

        return new MessageFacts { DontKnow = c.Kit.Text.IsDontKnow(text) };
    }

    public override bool OnChoice(DisputeConversation c, string id) =>
        id is ChoiceIds.NoTimer or ChoiceIds.DontKnow && c.Learn(Unknown);

    private static TimerFact Running(DisputeConversation c, DateOnly endsOn, int? days) =>
        new(endsOn < c.Today ? TimerKind.Ended : TimerKind.Running, endsOn, days is { } d ? TimeSpan.FromDays(d) : null);
}
