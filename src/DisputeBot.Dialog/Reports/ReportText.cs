using System.Globalization;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Reports;

/// <summary>The wording the reports share: messages with {rule:id} numbers filled in, dates in the buyer's language,
/// day counts, and the readable source of a rule.</summary>
public sealed class ReportText(Messages messages, RuleBook rules, CultureInfo culture)
{
    public RuleBook Rules => rules;

    /// <summary>The countdown's last day and the time left on it, when the buyer gave it in days and hours: a date on
    /// that day says the time left as given ("8 days and about 4 hours left"), not the calendar days to it ("9 days").</summary>
    public (DateOnly Day, TimeSpan Left)? TimerLeft { get; init; }

    /// <summary>Time left that is said in days and hours ("2 days and about 5 hours"): a day or more, not whole days.
    /// Under a day is said in hours alone; whole days in days.</summary>
    public static bool InDaysAndHours(TimeSpan left) => left.Hours > 0 && left >= TimeSpan.FromDays(1);

    /// <summary>The message for <paramref name="key"/>, its {rule:id} numbers filled in.</summary>
    public string this[string key] => RulePlaceholders.Fill(messages[key], rules);

    public bool Has(string key) => messages.Contains(key);

    /// <summary>The message with its {holes} and {rule:id} numbers filled in.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> values) =>
        RulePlaceholders.Fill(messages.Format(key, values), rules);

    public string Date(DateOnly date) => date.ToString(messages["format.date"], culture);

    /// <summary>An amount as the buyer typed it, with the currency they named, if any: "20 USD", "8.50".</summary>
    public string Money(decimal amount, string? currency = null) => MoneyText.Format(amount, currency, culture);

    /// <summary>"1 day", "12 days": the size of a count, whatever its sign.</summary>
    public string Days(int days)
    {
        var count = Math.Abs(days);
        return messages.Format(count == 1 ? "days.one" : "days.other", ("n", count));
    }
}
