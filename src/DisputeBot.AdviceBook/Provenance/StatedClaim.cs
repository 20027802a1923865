namespace DisputeBot.AdviceBook.Provenance;

/// <summary>A number or date a reply states: "21 December" (a date), "15 days" (a duration), "3" (a bare number).</summary>
/// <param name="Text">The words as the reply has them, for failure messages.</param>
/// <param name="Date">The date, for <see cref="ClaimKind.Date"/>.</param>
/// <param name="Number">The count as written (15 in "15 days", 48 in "48 hours").</param>
/// <param name="DaysPerUnit">1 for days, 7 for weeks, 30 for months; 0 for hours (see <see cref="Hours"/>) and bare numbers.</param>
public sealed record StatedClaim(ClaimKind Kind, string Text, DateOnly? Date = null, int Number = 0, int DaysPerUnit = 0, bool Hours = false)
{
    public override string ToString() => Text;
}
