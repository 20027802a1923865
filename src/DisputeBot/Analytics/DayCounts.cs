namespace DisputeBot.Analytics;

/// <summary>Every count of one day, by field name (<see cref="CounterFields"/>).</summary>
public sealed record DayCounts(DateOnly Day, IReadOnlyDictionary<string, long> Counts);
