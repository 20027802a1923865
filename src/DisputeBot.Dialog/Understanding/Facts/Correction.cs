using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Understanding.Facts;

/// <summary>
/// A message that corrects something said before: "sorry i meant 49.99 not 59.99", "wait actually its 7",
/// "it was the 3rd not the 5th", "no, paypal not card". The dialog matches the value taken back (or, without one, the
/// kind of the new value) with the fact it holds and replaces that fact; it never answers the open question with it.
/// </summary>
/// <param name="Cued">A correction word stands in the message ("i meant", "actually", "точнее").</param>
/// <param name="TakenBackDate">The date after "not" ("not the 5th"), when it is one.</param>
/// <param name="TakenBackNumber">The number after "not" ("not 59.99", "not 8"), when it is one.</param>
/// <param name="TakenBackPayment">The way of paying after "not" ("not card").</param>
/// <param name="NewNumber">The first number the message gives outside the value taken back, that no date, count of
/// days or share ("10%") takes: the corrected amount or count.</param>
/// <param name="NewIsMoney">The new number is shaped as money (cents, a currency): never a count of pieces.</param>
public sealed record Correction(
    bool Cued,
    DateOnly? TakenBackDate = null,
    decimal? TakenBackNumber = null,
    PaymentMethod? TakenBackPayment = null,
    decimal? NewNumber = null,
    bool NewIsMoney = false)
{
    /// <summary>A share of the price as the new value ("sorry 30% not 20%"): the seller's offer as a share.</summary>
    public decimal? NewPercent { get; init; }

    /// <summary>The new number is a count of days beside a number taken back ("sorry 12 days not 10"): only the
    /// countdown's days can be meant.</summary>
    public bool NewIsDays { get; init; }

    /// <summary>The new day read as one still ahead ("i meant dec 18" → 18 December this year, not last): what it is
    /// when the day taken back is the countdown's end.</summary>
    public DateOnly? NewDateAhead { get; init; }

    /// <summary>A value was taken back ("not X"), whatever its kind.</summary>
    public bool TakesBack => TakenBackDate is not null || TakenBackNumber is not null || TakenBackPayment is not null;
}
