using DisputeBot.Dialog.Understanding.Dates;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>A typed date read two ways (05/03): the buyer picks one, which also settles their day order.</summary>
internal sealed class ConfirmDateStep : QuestionStep
{
    public override DialogStep Id => DialogStep.ConfirmDate;

    public override string HintKey => "confirm_date";

    public override StepQuestion Question(DisputeConversation c)
    {
        var first = c.FormatDate(c.State.PendingDate ?? c.Today);
        var second = c.FormatDate(c.State.PendingAlternative ?? c.Today);
        return new("ask.confirm_date",
            [new ReplyChoice(ChoiceIds.FirstReading, first), new ReplyChoice(ChoiceIds.SecondReading, second)],
            [("first", first), ("second", second)]);
    }

    public override MessageFacts Read(DisputeConversation c, string text) =>
        c.Kit.Dates.Read(text, c.Today, c.DayFirst) is { Kind: DateReadingKind.Date, Date: { } date }
            ? c.PendingDateFacts(date)
            : MessageFacts.None;

    public override bool OnChoice(DisputeConversation c, string id)
    {
        if (id is not (ChoiceIds.FirstReading or ChoiceIds.SecondReading) || c.State.PendingDate is not { } first)
        {
            return false;
        }

        var chosen = id == ChoiceIds.FirstReading ? first : c.State.PendingAlternative ?? first;

        // The buyer's answer settles how they write dates for the rest of the conversation.
        c.SettleDayOrder(id == ChoiceIds.FirstReading ? c.DayFirst : !c.DayFirst);
        return c.Learn(c.PendingDateFacts(chosen));
    }
}
