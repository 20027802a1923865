using System.Text;
using DisputeBot.Analytics;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Support;

/// <summary>Turns the stored counts of a date range into the page's charts and tables. Pure.</summary>
public sealed class SupportReportBuilder(KnowledgeBase knowledge)
{
    /// <summary>Rows kept in each top list.</summary>
    public const int TopRows = 20;

    private readonly LanguagePack _pack = knowledge.For(KnowledgeBase.FallbackLanguage);

    public SupportReport Build(DateOnly from, DateOnly to, IReadOnlyList<DayCounts> counts, IReadOnlyList<NotUnderstoodText> texts)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(day);
        }

        var index = days.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var series = new Dictionary<(string Channel, string Language), long[]>();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var day in counts)
        {
            foreach (var (field, count) in day.Counts)
            {
                totals[field] = totals.GetValueOrDefault(field) + count;
                var parts = field.Split(CounterFields.Separator);
                if (parts is [CounterFields.Started, var channel, var language] && index.TryGetValue(day.Day, out var at))
                {
                    if (!series.TryGetValue((channel, language), out var perDay))
                    {
                        series[(channel, language)] = perDay = new long[days.Count];
                    }

                    perDay[at] += count;
                }
            }
        }

        var started = Sum(totals, CounterFields.Started);
        var deflected = Math.Max(0, totals.GetValueOrDefault(CounterFields.Deflected));
        var classified = Sum(totals, CounterFields.ProblemFirst);
        var answered = totals.GetValueOrDefault(CounterFields.QuestionsAnswered);
        var summary = totals.GetValueOrDefault(CounterFields.Summary);
        return new SupportReport(
            from,
            to,
            days,
            [.. series.OrderBy(s => s.Key.Channel, StringComparer.Ordinal).ThenBy(s => s.Key.Language, StringComparer.Ordinal)
                .Select(s => new ConversationSeries(s.Key.Channel, s.Key.Language, s.Value))],
            started,
            deflected,
            started == 0 ? 0 : Math.Round((double)deflected / started, 4),
            Top(totals, CounterFields.Faq, id => _pack.Faq.FirstOrDefault(f => f.Id == id)?.Question),
            Top(totals, [CounterFields.ProblemFirst, CounterFields.Problem], CategoryLabel),
            Top(totals, CounterFields.Warning, id => null),
            [
                new FunnelStage("Conversation started", started, 0),
                new FunnelStage("Problem classified", classified, Math.Max(0, started - classified)),
                new FunnelStage("Deadline questions answered", answered, Math.Max(0, classified - answered)),
                new FunnelStage("Summary reached", summary, Math.Max(0, answered - summary)),
            ],
            Top(totals, CounterFields.Abandoned, id => null),
            Group(texts));
    }

    private string? CategoryLabel(string id) => _pack.Categories.FirstOrDefault(c => c.Id == id)?.Label;

    private static long Sum(Dictionary<string, long> totals, string family) =>
        totals.Where(t => t.Key == family || t.Key.StartsWith(family + CounterFields.Separator, StringComparison.Ordinal)).Sum(t => t.Value);

    private static List<CountRow> Top(Dictionary<string, long> totals, string family, Func<string, string?> label) => Top(totals, [family], label);

    private static List<CountRow> Top(Dictionary<string, long> totals, string[] families, Func<string, string?> label)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (field, count) in totals)
        {
            foreach (var family in families)
            {
                if (field.StartsWith(family + CounterFields.Separator, StringComparison.Ordinal))
                {
                    var id = field[(family.Length + 1)..];
                    rows[id] = rows.GetValueOrDefault(id) + count;
                }
            }
        }

        return [.. rows.Where(r => r.Value > 0)
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(TopRows)
            .Select(r => new CountRow(r.Key, label(r.Key) ?? r.Key.Replace('_', ' '), r.Value))];
    }

    /// <summary>Messages that differ only in case, punctuation or spacing are one row; newest first.</summary>
    private static List<NotUnderstoodRow> Group(IReadOnlyList<NotUnderstoodText> texts) =>
        [.. texts
            .GroupBy(t => Similar(t.Text), StringComparer.Ordinal)
            .Select(g => (Newest: g.MaxBy(t => t.At)!, Count: g.Count()))
            .Select(g => new NotUnderstoodRow(g.Newest.Text, g.Count, g.Newest.At))
            .OrderByDescending(r => r.Last)];

    private static string Similar(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c is '[' or ']')
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
