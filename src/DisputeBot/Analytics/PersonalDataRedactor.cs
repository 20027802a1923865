using System.Text.RegularExpressions;

namespace DisputeBot.Analytics;

/// <summary>Removes what could identify a buyer from a message before it is kept: e-mail addresses, phone numbers,
/// order and tracking numbers, and any run of five or more digits (with or without spaces or dashes inside).</summary>
public static partial class PersonalDataRedactor
{
    /// <summary>Longest text kept.</summary>
    public const int MaxLength = 300;

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Length > MaxLength * 2 ? text[..(MaxLength * 2)] : text;
        cleaned = Email().Replace(cleaned, "[email]");
        cleaned = Url().Replace(cleaned, "[link]");
        cleaned = OrderOrTracking().Replace(cleaned, "[number]");
        cleaned = Phone().Replace(cleaned, "[phone]");
        cleaned = LongDigits().Replace(cleaned, "[number]");
        cleaned = Spaces().Replace(cleaned, " ").Trim();
        return cleaned.Length > MaxLength ? cleaned[..MaxLength] : cleaned;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>Tracking numbers mix letters and digits (LP00123456789012, RB123456789CN).</summary>
    [GeneratedRegex(@"\b(?=[A-Za-z0-9]*\d)[A-Za-z]{0,4}\d[A-Za-z0-9]{7,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderOrTracking();

    /// <summary>A leading + or a bracketed area code, then at least seven digits with spaces, dots or dashes between.</summary>
    [GeneratedRegex(@"(\+|\(\d{1,4}\)\s?)?\d([\s.-]?\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d([\s-]?\d){4,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
