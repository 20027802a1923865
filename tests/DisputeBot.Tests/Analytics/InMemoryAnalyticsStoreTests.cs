using DisputeBot.Analytics;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Analytics;

public sealed class InMemoryAnalyticsStoreTests : AnalyticsStoreContractTests
{
    protected override IAnalyticsStore CreateStore() => new InMemoryAnalyticsStore(new FakeTimeProvider(Now));

    [Fact]
    public async Task Texts_older_than_30_days_are_dropped()
    {
        var clock = new FakeTimeProvider(Now);
        var store = new InMemoryAnalyticsStore(clock);
        await store.AddAsync(new AnalyticsBatch([], [new(Now, "kept a while")], []), default);

        clock.Advance(TimeSpan.FromDays(31));
        await store.AddAsync(AnalyticsBatch.Empty, default);

        Assert.Empty(await store.ReadNotUnderstoodAsync(Today, Today.AddDays(40), default));
    }
}
