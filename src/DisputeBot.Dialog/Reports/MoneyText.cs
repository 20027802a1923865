using System.Globalization;

namespace DisputeBot.Dialog.Reports;

/// <summary>An amount as the buyer gave it, with the currency they named: "39.99 USD", "40 EUR", "23.40 USD"; without a
/// currency (none was named) the bare number: "20", "8.50".</summary>
public static class MoneyText
{
    public static string Format(decimal amount, string? currency, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var number = amount.ToString(amount == decimal.Truncate(amount) ? "0" : "0.00", culture);
        return currency is null ? number : number + " " + currency;
    }
}
