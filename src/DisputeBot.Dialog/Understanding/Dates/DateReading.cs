namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>The date found in a text, if any. Whether it is plausible (past, future) is for the dialog to judge.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Date">The date (for <see cref="DateReadingKind.DaysLeft"/>, today + <paramref name="Days"/>).</param>
/// <param name="Alternative">For <see cref="DateReadingKind.Ambiguous"/>: the other reading.</param>
/// <param name="Days">For <see cref="DateReadingKind.DaysLeft"/>: the count of days.</param>
public sealed record DateReading(DateReadingKind Kind, DateOnly? Date = null, DateOnly? Alternative = null, int? Days = null)
{
    internal static DateReading NotADate { get; } = new(DateReadingKind.NotADate);

    internal static DateReading NoSuchDate { get; } = new(DateReadingKind.NoSuchDate);
}
