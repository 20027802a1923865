using System.Globalization;
using DisputeBot.Analytics;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// Analytics in Redis, shared by every instance: a hash of counts per day (<c>{prefix}stats:day:2026-12-07</c>,
/// expiring 400 days after that day), a list of texts not understood per day (<c>{prefix}stats:nu:…</c>, 30 days), and
/// the conversations watched for abandonment in a sorted set by last activity beside a hash of their steps (both
/// under the hash tag <c>{watch}</c>, so the claiming script works on Redis Cluster). Every other command touches one key.
/// </summary>
internal sealed class RedisAnalyticsStore(IConnectionMultiplexer redis, IOptions<StateStoreOptions> options) : IAnalyticsStore
{
    /// <summary>Most texts kept per day.</summary>
    private const int MaxTextsPerDay = 2000;

    private const string ClaimScript = """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
        local out = {}
        for _, id in ipairs(ids) do
          out[#out + 1] = id
          out[#out + 1] = redis.call('ZSCORE', KEYS[1], id)
          out[#out + 1] = redis.call('HGET', KEYS[2], id) or 'unknown'
          redis.call('ZREM', KEYS[1], id)
          redis.call('HDEL', KEYS[2], id)
        end
        return out
        """;

    private readonly IDatabase _database = redis.GetDatabase();
    private readonly string _prefix = options.Value.KeyPrefix + "stats:";

    private RedisKey DayKey(DateOnly day) => _prefix + "day:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private RedisKey TextsKey(DateOnly day) => _prefix + "nu:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private RedisKey IdleKey => _prefix + "{watch}:idle";

    private RedisKey StepsKey => _prefix + "{watch}:steps";

    public async Task AddAsync(AnalyticsBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var calls = new List<Task>();
        var redisBatch = _database.CreateBatch();
        foreach (var day in batch.Counters.GroupBy(c => c.Day))
        {
            foreach (var change in day)
            {
                calls.Add(redisBatch.HashIncrementAsync(DayKey(day.Key), change.Field, change.Delta));
            }

            calls.Add(redisBatch.KeyExpireAsync(DayKey(day.Key), EndOf(day.Key) + AnalyticsOptions.DaysKept));
        }

        foreach (var day in batch.Texts.GroupBy(t => DateOnly.FromDateTime(t.At.UtcDateTime)))
        {
            var key = TextsKey(day.Key);
            calls.Add(redisBatch.ListLeftPushAsync(key, day.OrderBy(t => t.At).Select(t => (RedisValue)(t.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "\n" + t.Text)).ToArray()));
            calls.Add(redisBatch.ListTrimAsync(key, 0, MaxTextsPerDay - 1));
            calls.Add(redisBatch.KeyExpireAsync(key, EndOf(day.Key) + AnalyticsOptions.TextsKept));
        }

        foreach (var activity in batch.Activity)
        {
            if (activity.Finished)
            {
                calls.Add(redisBatch.SortedSetRemoveAsync(IdleKey, activity.Id));
                calls.Add(redisBatch.HashDeleteAsync(StepsKey, activity.Id));
            }
            else
            {
                calls.Add(redisBatch.SortedSetAddAsync(IdleKey, activity.Id, activity.LastActivity.ToUnixTimeMilliseconds()));
                calls.Add(redisBatch.HashSetAsync(StepsKey, activity.Id, activity.Step));
            }
        }

        redisBatch.Execute();
        await RedisFaults.Guard(WhenAll(calls)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DayCounts>> ReadDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = Days(from, to, AnalyticsOptions.DaysKept);
        var reads = days.Select(d => _database.HashGetAllAsync(DayKey(d))).ToArray();
        var entries = await RedisFaults.Guard(Task.WhenAll(reads)).ConfigureAwait(false);
        var result = new List<DayCounts>();
        for (var i = 0; i < days.Count; i++)
        {
            if (entries[i].Length > 0)
            {
                result.Add(new DayCounts(days[i], entries[i].ToDictionary(e => (string)e.Name!, e => (long)e.Value, StringComparer.Ordinal)));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<NotUnderstoodText>> ReadNotUnderstoodAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = Days(from, to, AnalyticsOptions.TextsKept);
        var reads = days.Select(d => _database.ListRangeAsync(TextsKey(d))).ToArray();
        var lists = await RedisFaults.Guard(Task.WhenAll(reads)).ConfigureAwait(false);
        var texts = new List<NotUnderstoodText>();
        foreach (var value in lists.SelectMany(l => l))
        {
            var entry = (string)value!;
            var newline = entry.IndexOf('\n', StringComparison.Ordinal);
            if (newline > 0 && long.TryParse(entry.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                texts.Add(new NotUnderstoodText(DateTimeOffset.FromUnixTimeMilliseconds(ms), entry[(newline + 1)..]));
            }
        }

        return [.. texts.OrderByDescending(t => t.At)];
    }

    public async Task<IReadOnlyList<IdleConversation>> ClaimIdleAsync(DateTimeOffset idleBefore, int max, CancellationToken cancellationToken)
    {
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(
            ClaimScript,
            [IdleKey, StepsKey],
            [idleBefore.ToUnixTimeMilliseconds(), max])).ConfigureAwait(false);
        var values = (RedisResult[])result!;
        var idle = new List<IdleConversation>(values.Length / 3);
        for (var i = 0; i + 2 < values.Length; i += 3)
        {
            var ms = (long)double.Parse((string)values[i + 1]!, CultureInfo.InvariantCulture);
            idle.Add(new IdleConversation((string)values[i]!, DateTimeOffset.FromUnixTimeMilliseconds(ms), (string)values[i + 2]!));
        }

        return idle;
    }

    /// <summary>The days of the range still kept, oldest first.</summary>
    private static List<DateOnly> Days(DateOnly from, DateOnly to, TimeSpan kept)
    {
        var oldest = to.AddDays(-(int)kept.TotalDays);
        var days = new List<DateOnly>();
        for (var day = from < oldest ? oldest : from; day <= to; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    private static DateTime EndOf(DateOnly day) => day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static async Task<bool> WhenAll(List<Task> calls)
    {
        await Task.WhenAll(calls).ConfigureAwait(false);
        return true;
    }
}
