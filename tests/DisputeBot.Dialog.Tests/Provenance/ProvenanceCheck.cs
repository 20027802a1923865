using System.Globalization;
using System.Text.RegularExpressions;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.AdviceBook;

namespace DisputeBot.Dialog.Tests.Provenance;

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

    /// <summary>The hook for a transcript harness: checks one turn's replies against the buyer's input of that turn and
    /// the facts the bot holds after it. Throws (an xunit assertion) naming every unexplained claim.</summary>
    public static void Check(TurnInput input, DialogResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var typed = input switch
        {
            TextInput text => [text.Text],
            AttachmentInput { Caption: { } caption } => [caption],
            AgentMessageInput agent => [agent.Text],
            _ => Array.Empty<string>(),
        };
        var today = DialogFacts.Today(result.State, now);
        var problems = Unexplained(typed, result.Replies, today, DialogFacts.Dates(result.State), DialogFacts.Numbers(result.State));
        Assert.True(problems.Count == 0, $"No source for {string.Join(", ", problems.Select(p => $"\"{p}\""))} in:\n{ReplyText.Of(result.Replies)}");
    }

    /// <summary>The claims in <paramref name="replies"/> that none of (a) to (d) explains, as the reply words them.</summary>
    public static IReadOnlyList<string> Unexplained(
        IEnumerable<string> buyerMessages, IEnumerable<Reply> replies, DateOnly today, IEnumerable<DateOnly> buyerDates, IEnumerable<int>? buyerNumbers = null)
    {
        var rules = RuleBookNumbers.All;
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
