using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>
/// Finds a date in what a user typed, in the words of one language: 2026-03-05, 05/03/2026, 5.3.2026, 5 March,
/// March 5th, 2026, today, yesterday, 3 days ago, a week ago, 12 days left, in 12 days. Month names tolerate case,
/// accents, ordinals and small typos; other words around the date are ignored. The first date in the text wins.
/// </summary>
/// <remarks>
/// Built once per language; <see cref="Read(string, DateOnly, bool)"/> allocates nothing but its result and never throws.
/// Texts longer than <see cref="MaxLength"/> characters are not read (nobody types a date in an essay).
/// Without a year, a date is the most recent one not after today; it is the next one from today when the text says
/// "… left" or starts the date with "in", or when the caller expects a future date. Two-digit years are 20yy.
/// Numeric dates read day-month or month-day per the caller's <c>dayFirst</c>; when both readings exist the result is
/// <see cref="DateReadingKind.Ambiguous"/>, when only one does (25/03) that one is taken whatever the order.
/// Chains of four or more numbers (192.168.1.1) and counts of more than ten years are not dates.
/// </remarks>
public sealed class DateReader(Vocabulary vocabulary)
{
    /// <summary>Longest text read; anything longer is <see cref="DateReadingKind.NotADate"/>.</summary>
    public const int MaxLength = 256;

    private const int MaxTokens = 96;

    private readonly DateWords _words = new(vocabulary);

    /// <summary>Reads the first date in <paramref name="text"/>.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="today">The user's calendar day.</param>
    /// <param name="dayFirst">How to read numeric dates such as 05/03 (see <see cref="IsDayFirst"/>).</param>
    public DateReading Read(string text, DateOnly today, bool dayFirst) => Read(text, today, dayFirst, expectFuture: false);

    /// <inheritdoc cref="Read(string, DateOnly, bool)"/>
    /// <param name="expectFuture">Dates without a year are the next such day rather than the last one (for a
    /// question about a deadline: "when does the protection end?").</param>
    public DateReading Read(string text, DateOnly today, bool dayFirst, bool expectFuture)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return DateReading.NotADate;
        }

        Span<char> folded = stackalloc char[text.Length];
        folded = folded[..DateFolding.Fold(text, folded)];
        // A token takes at least one character: a buffer sized to the text, not to the limit, spares zeroing kilobytes.
        Span<DateToken> buffer = stackalloc DateToken[Math.Min(MaxTokens, folded.Length + 1)];
        var count = _words.JoinOrdinals(folded, buffer, DateTokenizer.Tokenize(folded, buffer));
        var scan = new DateScan(folded, buffer[..count], _words, today, dayFirst, expectFuture);
        return scan.Read();
    }

    /// <summary>Longest message read for every date by <see cref="ReadAll"/>.</summary>
    internal const int MaxMessageLength = TokenizedText.MaxChars;

    private const int MaxMessageTokens = 400;

    /// <summary>Every date in a whole message, each with the word that places it (see <see cref="DateFound"/>).</summary>
    /// <param name="now">The user's local time: hours count from it.</param>
    internal int ReadAll(string text, DateTimeOffset now, bool dayFirst, bool expectFuture, Span<DateFound> found)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var source = text.AsSpan(0, Math.Min(text.Length, MaxMessageLength));
        Span<char> folded = stackalloc char[source.Length];
        folded = folded[..DateFolding.Fold(source, folded)];
        Span<DateToken> buffer = stackalloc DateToken[Math.Min(MaxMessageTokens, folded.Length + 1)];
        var count = _words.JoinOrdinals(folded, buffer, DateTokenizer.Tokenize(folded, buffer));
        var scan = new DateScan(folded, buffer[..count], _words, DateOnly.FromDateTime(now.DateTime), now.TimeOfDay, dayFirst, expectFuture);
        return scan.ReadAll(found);
    }

    /// <summary>
    /// Whether numeric dates are day first for <paramref name="locale"/> (an IETF tag such as en-GB; null when
    /// unknown): false for en-US, en-PH, en-CA, fil and year-month-day locales such as ja or zh; true for others and null.
    /// </summary>
    public static bool IsDayFirst(string? locale) => DayOrder.IsDayFirst(locale);
}
