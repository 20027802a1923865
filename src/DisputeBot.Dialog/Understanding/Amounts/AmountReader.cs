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
        Span<decimal> found = stackalloc decimal[MaxAmounts];
        var count = Scan(text, culture, found);
        return count == 0 ? [] : found[..count].ToArray();
    }

    /// <summary>The one amount a word holds ("25.90", "$65"), or false when it holds none or more than one ("20-25").
    /// A word at a time is how the readers ask, so no list is made for it.</summary>
    public static bool TryReadOne(string word, CultureInfo culture, out decimal amount)
    {
        Span<decimal> found = stackalloc decimal[2];
        var one = Scan(word, culture, found) == 1;
        amount = one ? found[0] : 0;
        return one;
    }

    /// <summary>Writes the amounts in <paramref name="text"/>, in order, into <paramref name="into"/> until it is full;
    /// returns how many it wrote.</summary>
    private static int Scan(string text, CultureInfo culture, Span<decimal> into)
    {
        var decimalSeparator = culture.NumberFormat.NumberDecimalSeparator.Length == 1 ? culture.NumberFormat.NumberDecimalSeparator[0] : '.';
        var count = 0;
        var i = 0;
        while (i < text.Length && count < into.Length)
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
                into[count++] = amount;
            }
        }

        return count;
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
