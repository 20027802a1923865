namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>What a piece of text said about a date.</summary>
public enum DateReadingKind
{
    /// <summary>One date: <see cref="DateReading.Date"/>.</summary>
    Date,

    /// <summary>A numeric date that reads two ways (05/03): <see cref="DateReading.Date"/> per the user's day order,
    /// <see cref="DateReading.Alternative"/> the other; the dialog confirms which.</summary>
    Ambiguous,

    /// <summary>A count of days remaining ("12 days left", "in 12 days"): <see cref="DateReading.Days"/> and the date it ends.</summary>
    DaysLeft,

    /// <summary>Shaped like a date but no such day exists (31/02/2026, 2025-02-29, month 13).</summary>
    NoSuchDate,

    /// <summary>No date found.</summary>
    NotADate,
}
