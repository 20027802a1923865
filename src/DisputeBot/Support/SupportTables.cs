namespace DisputeBot.Support;

/// <summary>Every table of the support page as CSV, by the name its export link uses.</summary>
public static class SupportTables
{
    public static IReadOnlyList<string> Names { get; } =
        ["conversations", "deflection", "questions", "problems", "warnings", "funnel", "abandoned", "not-understood"];

    /// <returns>The CSV, or null for an unknown table.</returns>
    public static string? Csv(string table, SupportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvWriter();
        switch (table)
        {
            case "conversations":
                csv.Row("day", "channel", "language", "conversations");
                for (var i = 0; i < report.Days.Count; i++)
                {
                    foreach (var series in report.Conversations)
                    {
                        csv.Row(report.Days[i], series.Channel, series.Language, series.PerDay[i]);
                    }
                }

                break;
            case "deflection":
                csv.Row("from", "to", "conversations", "deflected", "deflection rate");
                csv.Row(report.From, report.To, report.Started, report.Deflected, report.DeflectionRate);
                break;
            case "questions":
            case "problems":
            case "warnings":
            case "abandoned":
                csv.Row(table == "abandoned" ? "step" : "id", "label", "count");
                var rows = table switch
                {
                    "questions" => report.Questions,
                    "problems" => report.Problems,
                    "warnings" => report.Warnings,
                    _ => report.Abandoned,
                };
                foreach (var row in rows)
                {
                    csv.Row(row.Id, row.Label, row.Count);
                }

                break;
            case "funnel":
                csv.Row("stage", "conversations", "dropped since the stage before");
                foreach (var stage in report.Funnel)
                {
                    csv.Row(stage.Stage, stage.Count, stage.DropOff);
                }

                break;
            case "not-understood":
                csv.Row("message", "times", "last");
                foreach (var row in report.NotUnderstood)
                {
                    csv.Row(row.Text, row.Count, row.Last);
                }

                break;
            default:
                return null;
        }

        return csv.ToString();
    }
}
