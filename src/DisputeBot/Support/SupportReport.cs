namespace DisputeBot.Support;

/// <summary>What the support page shows for a date range (UTC days, both ends included).</summary>
public sealed record SupportReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<ConversationSeries> Conversations,
    long Started,
    long Deflected,
    double DeflectionRate,
    IReadOnlyList<CountRow> Questions,
    IReadOnlyList<CountRow> Problems,
    IReadOnlyList<CountRow> Warnings,
    IReadOnlyList<FunnelStage> Funnel,
    IReadOnlyList<CountRow> Abandoned,
    IReadOnlyList<NotUnderstoodRow> NotUnderstood);

/// <summary>Conversations started per day (one count per <see cref="SupportReport.Days"/>) on one channel in one language.</summary>
public sealed record ConversationSeries(string Channel, string Language, IReadOnlyList<long> PerDay);

/// <summary>A count of something the content names by id, with the label a person reads.</summary>
public sealed record CountRow(string Id, string Label, long Count);

/// <summary>How many conversations reached a stage, and how many of those that reached the stage before did not.</summary>
public sealed record FunnelStage(string Stage, long Count, long DropOff);

/// <summary>Similar messages not understood, counted together; the newest wording shown.</summary>
public sealed record NotUnderstoodRow(string Text, int Count, DateTimeOffset Last);
