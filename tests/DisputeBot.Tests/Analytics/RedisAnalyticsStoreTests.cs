using DisputeBot.Analytics;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Tests.Analytics;

/// <summary>The analytics contract against a real redis-server, and the keys' lifetimes.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisAnalyticsStoreTests(RedisServerFixture redis) : AnalyticsStoreContractTests, IDisposable
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix("analytics");
    private ConnectionMultiplexer? _connection;

    protected override IAnalyticsStore CreateStore()
    {
        _connection ??= ConnectionMultiplexer.Connect(redis.ConnectionString);
        return new RedisAnalyticsStore(_connection, Options.Create(new StateStoreOptions { KeyPrefix = _prefix + Guid.NewGuid().ToString("N")[..8] + ":" }));
    }

    [Fact]
    public async Task Day_counts_expire_400_days_after_their_day_and_texts_30_days_after_theirs()
    {
        var store = CreateStore();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await store.AddAsync(new AnalyticsBatch([new(today, "summary", 1)], [new(DateTimeOffset.UtcNow, "what")], []), default);

        var keys = await redis.KeysAsync(_prefix);
        var day = Assert.Single(keys, k => k.Contains(":stats:day:", StringComparison.Ordinal));
        var texts = Assert.Single(keys, k => k.Contains(":stats:nu:", StringComparison.Ordinal));
        var dayLeft = (await redis.Admin.KeyTimeToLiveAsync(day))!.Value;
        var textsLeft = (await redis.Admin.KeyTimeToLiveAsync(texts))!.Value;
        Assert.InRange(dayLeft, TimeSpan.FromDays(400), TimeSpan.FromDays(401));
        Assert.InRange(textsLeft, TimeSpan.FromDays(30), TimeSpan.FromDays(31));
    }

    public void Dispose() => _connection?.Dispose();
}
