namespace DisputeBot.Analytics;

/// <summary>What was noted since the last write to the store.</summary>
public sealed record AnalyticsBatch(
    IReadOnlyList<CounterChange> Counters,
    IReadOnlyList<NotUnderstoodText> Texts,
    IReadOnlyList<ConversationActivity> Activity)
{
    public static AnalyticsBatch Empty { get; } = new([], [], []);

    public bool IsEmpty => Counters.Count == 0 && Texts.Count == 0 && Activity.Count == 0;
}
