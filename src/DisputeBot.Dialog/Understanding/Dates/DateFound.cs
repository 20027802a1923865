namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>One date of a message with what places it.</summary>
/// <param name="Reading">The date.</param>
/// <param name="Role">The word that says what the date is ("shipped", "delivered", "timer"…), if any.</param>
/// <param name="Direction">For a count: Ago, Left or In when a word said so; null for a bare "12 days".</param>
/// <param name="AtMost">The count was "less than …".</param>
/// <param name="Span">For a count ("19 hours left", "3 weeks ago"): the length the user gave.</param>
internal readonly record struct DateFound(DateReading Reading, DateWordClass? Role, DateWordClass? Direction, bool AtMost, TimeSpan? Span);
