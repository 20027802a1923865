namespace DisputeBot.Analytics;

/// <summary>Add <paramref name="Delta"/> to the count named <paramref name="Field"/> of <paramref name="Day"/> (UTC).</summary>
public readonly record struct CounterChange(DateOnly Day, string Field, long Delta);
