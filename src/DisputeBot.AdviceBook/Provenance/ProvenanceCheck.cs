using System.Globalization;
using System.Text.RegularExpressions;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.AdviceBook.Provenance;

/// <summary>
/// Every number and date a reply states must come from a rule in dialogs/rules.yaml or from a fact the buyer gave.
/// A stated claim is explained when it is
/// (a) a number of the rule book (also as hours: 48 hours = 2 days; as weeks or months of it: 6 months = 180 days),
/// (b) a number the buyer typed (digits or number words), or a quantity the bot read,
/// (c) a date equal to a date the buyer gave (as the bot read it, or typed in full), or today, or one of those plus or
///     minus a rule-book number of days,
/// (d) a count of days equal to one of the dates in (c) minus today.
/// </summary>
public static partial class ProvenanceCheck
{
    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    ];

    /// <summary>The claims in <paramref name="replies"/> that none of (a) to (d) explains, as the reply words them.</summary>
    /// <param name="rules">The rule book's numbers (<see cref="RuleBookNumbers.Read"/>).</param>
    public static IReadOnlyList<string> Unexplained(
        IReadOnlySet<int> rules, IEnumerable<string> buyerMessages, IEnumerable<Reply> replies, DateOnly today, IEnumerable<DateOnly> buyerDates, IEnumerable<int>? buyerNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var typed = buyerMessages.ToList();
        var numbers = new HashSet<int>(buyerNumbers ?? []);
        foreach (var message in typed)
        {
            foreach (Match match in Digits().Matches(message))
            {
                numbers.Add(int.Parse(match.Value, CultureInfo.InvariantCulture));
            }

            foreach (Match match in Word().Matches(message))
            {
                var index = Array.IndexOf(NumberWords, match.Value.ToLowerInvariant());
                if (index >= 0)
                {
                    numbers.Add(index <= 20 ? index : 30);
                }
            }
        }

        var anchors = new HashSet<DateOnly>(buyerDates) { today };
        foreach (var message in typed)
        {
            anchors.UnionWith(ClaimReader.Dates(message, today));
        }

        var dates = new HashSet<DateOnly>();
        foreach (var anchor in anchors)
        {
            dates.Add(anchor);
            foreach (var days in rules)
            {
                dates.Add(anchor.AddDays(days));
                dates.Add(anchor.AddDays(-days));
            }
        }

        var spans = dates.Select(d => Math.Abs(d.DayNumber - today.DayNumber)).ToHashSet();
        bool Count(int n) => rules.Contains(n) || numbers.Contains(n) || spans.Contains(n);

        var problems = new List<string>();
        foreach (var claim in ClaimReader.Read(ReplyText.Of(replies), today))
        {
            var explained = claim.Kind switch
            {
                ClaimKind.Date => dates.Contains(claim.Date!.Value),
                ClaimKind.Duration when claim.Hours => numbers.Contains(claim.Number) || (claim.Number % 24 == 0 && Count(claim.Number / 24)),
                ClaimKind.Duration => numbers.Contains(claim.Number) || Count(claim.Number * claim.DaysPerUnit),
                _ => Count(claim.Number),
            };
            if (!explained)
            {
                problems.Add(claim.Text);
            }
        }

        return problems;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b[a-zA-Z]+\b")]
    private static partial Regex Word();
}
