using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>What a reader needs besides the text: the buyer's clock, their day order, what is already known, and
/// which question is open (a bare "12 days" answers the timer question; a bare "5 March" answers whichever date
/// question is open).</summary>
/// <param name="Now">The buyer's local time (the turn's time at their offset).</param>
/// <param name="DayFirst">05/03 means 5 March (true) or May 3 (false).</param>
/// <param name="Group">Whether the order is known to have arrived, which narrows the problem categories.</param>
/// <param name="Expecting">The question the bot last asked, if any.</param>
public sealed record MessageContext(DateTimeOffset Now, bool DayFirst, ArrivalGroup? Group, Expectation Expecting)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}

/// <summary>The question a message may be answering.</summary>
public enum Expectation
{
    Nothing,
    Arrival,
    Problem,
    Timer,
    ShippedOn,
    DeliveredOn,
    Payment,
    PaidOn,
    DisputeOpened,
    Quantities,
    ReturnCosts,
    Evidence,
}
