namespace DisputeBot.Analytics;

/// <summary>Where the support team's counts live: one set of counts per day (kept 400 days), the texts not
/// understood (kept 30 days) and the conversations being watched for abandonment.</summary>
public interface IAnalyticsStore
{
    Task AddAsync(AnalyticsBatch batch, CancellationToken cancellationToken);

    /// <summary>The counts of every day from <paramref name="from"/> to <paramref name="to"/> (inclusive) that has any.</summary>
    Task<IReadOnlyList<DayCounts>> ReadDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Texts not understood on those days, newest first.</summary>
    Task<IReadOnlyList<NotUnderstoodText>> ReadNotUnderstoodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Removes and returns watched conversations idle since before <paramref name="idleBefore"/>; each is
    /// returned to one caller only, whichever instance asks.</summary>
    Task<IReadOnlyList<IdleConversation>> ClaimIdleAsync(DateTimeOffset idleBefore, int max, CancellationToken cancellationToken);
}
