using System.Globalization;

namespace DisputeBot.Dialog.Understanding;

/// <summary>Money amounts typed in a message, in order ("item 25.90, postage 12, they offer 8" → 25.90, 12, 8).</summary>
public static class AmountReader
{
    /// <summary>At most this many amounts are read from one message.</summary>
    private const int MaxAmounts = 4;

    /// <summary>Made once: a char list written in a call is a new array on every call.</summary>
    private static readonly char[] Separators = ['.', ','];

    public static IReadOnlyList<decimal> Read(string text, CultureInfo culture)
    {
        var decimalSeparator = culture.NumberFormat.NumberDecimalSeparator.Length == 1 ? culture.NumberFormat.NumberDecimalSeparator[0] : '.';
        // Made on the first amount: most words and messages hold none, and each list is a new array.
        List<decimal>? amounts = null;
        var i = 0;
        while (i < text.Length && (amounts?.Count ?? 0) < MaxAmounts)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            var token = text[start..i];
            if (TryParse(token, decimalSeparator, out var amount))
            {
                (amounts ??= new List<decimal>(MaxAmounts)).Add(amount);
            }
        }

        return amounts ?? (IReadOnlyList<decimal>)[];
    }

    /// <summary>"25.90" and "25,90" are decimals; "1,250" and "1.250" with three digits after are thousands.</summary>
    private static bool TryParse(string token, char decimalSeparator, out decimal amount)
    {
        var last = token.LastIndexOfAny(Separators);
        string normalized;
        if (last < 0)
        {
            normalized = token;
        }
        else
        {
            var fraction = token.Length - last - 1;
            var isDecimal = fraction != 3 || token[last] == decimalSeparator && token.IndexOfAny(Separators) == last;
            var whole = token[..last].Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
            normalized = isDecimal ? whole + "." + token[(last + 1)..] : whole + token[(last + 1)..];
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount) && amount < 1_000_000m;
    }
}
