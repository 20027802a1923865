namespace DisputeBot.Analytics;

/// <summary>The analytics store of a single instance without Redis: kept in memory, pruned as it is written.</summary>
public sealed class InMemoryAnalyticsStore(TimeProvider time) : IAnalyticsStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<DateOnly, Dictionary<string, long>> _days = [];
    private readonly List<NotUnderstoodText> _texts = [];
    private readonly Dictionary<string, ConversationActivity> _watched = new(StringComparer.Ordinal);

    public Task AddAsync(AnalyticsBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = time.GetUtcNow();
        var oldestDay = DateOnly.FromDateTime((now - AnalyticsOptions.DaysKept).UtcDateTime);
        lock (_gate)
        {
            foreach (var change in batch.Counters)
            {
                if (!_days.TryGetValue(change.Day, out var counts))
                {
                    _days[change.Day] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                counts[change.Field] = counts.GetValueOrDefault(change.Field) + change.Delta;
            }

            foreach (var day in _days.Keys.Where(d => d < oldestDay).ToArray())
            {
                _days.Remove(day);
            }

            _texts.AddRange(batch.Texts);
            _texts.RemoveAll(t => t.At < now - AnalyticsOptions.TextsKept);
            foreach (var activity in batch.Activity)
            {
                if (activity.Finished)
                {
                    _watched.Remove(activity.Id);
                }
                else
                {
                    _watched[activity.Id] = activity;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DayCounts>> ReadDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DayCounts> days = _days
                .Where(d => d.Key >= from && d.Key <= to)
                .Select(d => new DayCounts(d.Key, new Dictionary<string, long>(d.Value, StringComparer.Ordinal)))
                .ToArray();
            return Task.FromResult(days);
        }
    }

    public Task<IReadOnlyList<NotUnderstoodText>> ReadNotUnderstoodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var oldest = time.GetUtcNow() - AnalyticsOptions.TextsKept;
        lock (_gate)
        {
            IReadOnlyList<NotUnderstoodText> texts = _texts
                .Where(t => t.At >= oldest && DateOnly.FromDateTime(t.At.UtcDateTime) is var day && day >= from && day <= to)
                .OrderByDescending(t => t.At)
                .ToArray();
            return Task.FromResult(texts);
        }
    }

    public Task<IReadOnlyList<IdleConversation>> ClaimIdleAsync(DateTimeOffset idleBefore, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<IdleConversation> idle = _watched.Values
                .Where(a => a.LastActivity < idleBefore)
                .OrderBy(a => a.LastActivity)
                .Take(max)
                .Select(a => new IdleConversation(a.Id, a.LastActivity, a.Step))
                .ToArray();
            foreach (var conversation in idle)
            {
                _watched.Remove(conversation.Id);
            }

            return Task.FromResult(idle);
        }
    }
}
