using System.Globalization;
using System.Text.RegularExpressions;

namespace DisputeBot.AdviceBook.Provenance;

/// <summary>
/// Finds the dates, durations and bare numbers a text states. Dates in the usual English forms: "21 December",
/// "21 Dec", "Sat 21 December 2026", "December 21", "December 21, 2026", "2026-12-21", and as the bot writes them in
/// its other languages ("21 декабря 2026", "21 de diciembre de 2026", "21 grudnia", "21 déc."). A date without a year takes
/// the year that puts it nearest to today. Not claims, left out on purpose: a year on its own ("2026"), a time of
/// day ("10:00", when a reminder comes), list numbering at the start of a line ("1.", "2)"), and examples of what to type inside quotes ("…", “…”, „…”, «…»)
/// (I need a date, like "5 March").
/// </summary>
public static partial class ClaimReader
{
    private const string Month = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    /// <summary>The bot's other languages: their month names (as .NET writes them, nominative, genitive, short) → month.</summary>
    private static readonly Dictionary<string, int> OtherMonths = BuildOtherMonths();

    private static readonly Regex LocalDayMonth = new(
        @"(?<![\d.])(?<day>[0-3]?\d)\.?\s+(?:de\s+)?(?<lmonth>" + string.Join('|', OtherMonths.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))
        + @")(?!\w)\.?(?:,?\s+(?:de\s+)?(?<year>(?:19|20)\d\d)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Dictionary<string, int> BuildOtherMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "ru", "es", "pt-BR", "pl", "fr" })
        {
            var format = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            for (var m = 0; m < 12; m++)
            {
                foreach (var word in new[] { format.MonthNames[m], format.MonthGenitiveNames[m], format.AbbreviatedMonthNames[m], format.AbbreviatedMonthGenitiveNames[m] })
                {
                    var trimmed = word.Trim().TrimEnd('.');
                    if (trimmed.Length >= 3)
                    {
                        months.TryAdd(trimmed, m + 1);
                    }
                }
            }
        }

        return months;
    }

    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static IReadOnlyList<StatedClaim> Read(string text, DateOnly today)
    {
        var claims = new List<StatedClaim>();
        var rest = new char[text.Length];
        text.CopyTo(0, rest, 0, text.Length);

        foreach (Match match in Quoted().Matches(text))
        {
            Array.Fill(rest, ' ', match.Index, match.Length);
        }

        foreach (var regex in new[] { LocalDayMonth, DayMonth(), MonthDay(), IsoDate() })
        {
            foreach (Match match in regex.Matches(new string(rest)))
            {
                if (ToDate(match, today) is { } date)
                {
                    claims.Add(new StatedClaim(ClaimKind.Date, match.Value, Date: date));
                    Array.Fill(rest, ' ', match.Index, match.Length);
                }
            }
        }

        foreach (Match match in Duration().Matches(new string(rest)))
        {
            var count = match.Groups["n"].Value;
            var number = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : Array.FindIndex(Words, w => w.Equals(count, StringComparison.OrdinalIgnoreCase));
            var hours = match.Groups["h"].Success;
            var perUnit = hours ? 0 : match.Groups["w"].Success ? 7 : match.Groups["m"].Success ? 30 : 1;
            claims.Add(new StatedClaim(ClaimKind.Duration, match.Value, Number: number, DaysPerUnit: perUnit, Hours: hours));
            Array.Fill(rest, ' ', match.Index, match.Length);
        }

        foreach (Match match in ListNumber().Matches(new string(rest)))
        {
            Array.Fill(rest, ' ', match.Index, match.Length);
        }

        foreach (Match match in ClockTime().Matches(new string(rest)))
        {
            Array.Fill(rest, ' ', match.Index, match.Length);
        }

        foreach (Match match in BareNumber().Matches(new string(rest)))
        {
            var value = int.Parse(match.Value, CultureInfo.InvariantCulture);
            if (match.Value.Length == 4 && value is >= 1990 and <= 2100)
            {
                continue; // a year on its own is not a claim
            }

            claims.Add(new StatedClaim(ClaimKind.Number, match.Value, Number: value));
        }

        return claims;
    }

    /// <summary>All dates a text states.</summary>
    public static IEnumerable<DateOnly> Dates(string text, DateOnly today) =>
        Read(text, today).Where(c => c.Kind == ClaimKind.Date).Select(c => c.Date!.Value);

    /// <summary>All counts of days a text states ("15 days", "fifteen days", "2 weeks" is not one).</summary>
    public static IEnumerable<int> DayCounts(string text, DateOnly today) =>
        Read(text, today).Where(c => c.Kind == ClaimKind.Duration && c.DaysPerUnit == 1).Select(c => c.Number);

    private static DateOnly? ToDate(Match match, DateOnly today)
    {
        int month, day;
        if (match.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        month = match.Groups["lmonth"].Success
            ? OtherMonths[match.Groups["lmonth"].Value]
            : DateTime.ParseExact(match.Groups["month"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        // No year: the reading nearest to today.
        return Enumerable.Range(today.Year - 1, 3)
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .OrderBy(d => Math.Abs(d.DayNumber - today.DayNumber))
            .Cast<DateOnly?>()
            .FirstOrDefault();
    }

    [GeneratedRegex(@"(?<![\d.])(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b\.?(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(Month + @"\b\.?\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<n>\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s*-\s*|\s+)(?:calendar\s+|more\s+|full\s+)?(?:(?<h>hours?|hrs?|h|час(?:а|ов)?|horas?|heures?|godzin[ay]?)|(?<w>weeks?|недел[ьяиюе]|semanas?|semaines?|tygodni[ea]?|tydzień)|(?<m>months?|месяц(?:а|ев)?|mes(?:es)?|mois|miesi[ąa]c(?:e|y)?|miesięcy)|(?<d>days?|дн(?:я|ей)?|день|d[ií]as?|jours?|dni|dzień|dzien))(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex("\"[^\"\n]*\"|[\u201C\u201E][^\u201D\n]*\u201D|\u00AB[^\u00BB\n]*\u00BB")]
    private static partial Regex Quoted();

    /// <summary>A time of day ("10:00"): when a reminder comes on the buyer's clock, no deadline.</summary>
    [GeneratedRegex(@"(?<![\d:.,])[0-2]?\d:[0-5]\d(?![\d:])")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?m)^\s*\d{1,2}[.)](?=\s)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d]|[.,]\d)")]
    private static partial Regex BareNumber();
}
