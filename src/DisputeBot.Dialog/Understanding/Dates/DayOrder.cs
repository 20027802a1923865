using System.Collections.Concurrent;
using System.Globalization;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>
/// Whether people of a locale write the day before the month in numeric dates (05/03 = 5 March).
/// Decided from the culture's short date pattern: the first of 'd' and 'M' wins (en-US "M/d/yyyy" → month first,
/// de-DE "dd.MM.yyyy" → day first, ja "yyyy/MM/dd" → month first).
/// </summary>
/// <remarks>
/// Exceptions, because a pattern does not always say how people write short dates by hand:
/// a bare "en" is day first (its default data is the US's, yet most English speakers outside the US write day first,
/// and Telegram reports only the bare language); sv, fr-CA, en-ZA and af print ISO dates (year, month, day) but are
/// written day first by hand. Fallback when the runtime does not know the culture (a tag it cannot resolve, or
/// invariant globalization): month first for Chinese, Japanese, Korean, Hungarian, Persian, Mongolian and Filipino,
/// and for English in the US, its territories, the Philippines and Canada; day first for everything else and for null.
/// </remarks>
internal static class DayOrder
{
    private const int CacheLimit = 512;

    private static readonly ConcurrentDictionary<string, bool> Cache = new(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> WrittenDayFirst = new(StringComparer.OrdinalIgnoreCase) { "sv", "fr-CA", "en-ZA", "af" };

    private static readonly HashSet<string> MonthFirstLanguages = new(StringComparer.OrdinalIgnoreCase) { "zh", "ja", "ko", "hu", "fa", "mn", "fil" };

    private static readonly HashSet<string> MonthFirstEnglishRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "US", "AS", "GU", "MP", "PR", "UM", "VI", "MH", "PH", "CA",
    };

    public static bool IsDayFirst(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 35)
        {
            return true;
        }

        var tag = locale.Trim().Replace('_', '-');
        if (Cache.TryGetValue(tag, out var known))
        {
            return known;
        }

        var dayFirst = Decide(tag);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(tag, dayFirst);
        }

        return dayFirst;
    }

    private static bool Decide(string tag)
    {
        if (tag.Equals("en", StringComparison.OrdinalIgnoreCase) || IsException(tag))
        {
            return true;
        }

        if (TryCulture(tag) is { } culture && PatternOrder(culture.DateTimeFormat.ShortDatePattern) is { } fromPattern)
        {
            return fromPattern;
        }

        return Fallback(tag);
    }

    private static bool IsException(string tag) =>
        WrittenDayFirst.Contains(tag) || WrittenDayFirst.Contains(Language(tag));

    private static CultureInfo? TryCulture(string tag)
    {
        if (!tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when 'd' comes before 'M' in the pattern (quoted literals skipped); null when either is absent.</summary>
    internal static bool? PatternOrder(string pattern)
    {
        var quoted = false;
        foreach (var c in pattern)
        {
            if (c is '\'' or '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == 'd')
            {
                return pattern.Contains('M', StringComparison.Ordinal) ? true : null;
            }
            else if (!quoted && c == 'M')
            {
                return pattern.Contains('d', StringComparison.Ordinal) ? false : null;
            }
        }

        return null;
    }

    private static bool Fallback(string tag)
    {
        var language = Language(tag);
        if (MonthFirstLanguages.Contains(language))
        {
            return false;
        }

        if (!language.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in tag.Split('-').Skip(1))
        {
            if (part.Length == 2 && MonthFirstEnglishRegions.Contains(part))
            {
                return false;
            }
        }

        return true;
    }

    private static string Language(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }
}
