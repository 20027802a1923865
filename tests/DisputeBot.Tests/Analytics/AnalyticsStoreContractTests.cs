using DisputeBot.Analytics;

namespace DisputeBot.Tests.Analytics;

/// <summary>What every <see cref="IAnalyticsStore"/> promises, run against each store (a subclass per store).</summary>
public abstract class AnalyticsStoreContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    protected static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>A fresh, empty store whose clock reads <see cref="Now"/>.</summary>
    protected abstract IAnalyticsStore CreateStore();

    [Fact]
    public async Task Counts_add_up_per_day_and_days_outside_the_range_are_not_read()
    {
        var store = CreateStore();
        await store.AddAsync(new AnalyticsBatch(
            [new(Today, "faq:chargeback", 2), new(Today, "started:telegram:en", 1), new(Today.AddDays(-1), "faq:chargeback", 5)], [], []), default);
        await store.AddAsync(new AnalyticsBatch([new(Today, "faq:chargeback", 1), new(Today, "deflected", -1)], [], []), default);

        var days = await store.ReadDaysAsync(Today, Today.AddDays(3), default);

        var day = Assert.Single(days);
        Assert.Equal(Today, day.Day);
        Assert.Equal(3, day.Counts["faq:chargeback"]);
        Assert.Equal(1, day.Counts["started:telegram:en"]);
        Assert.Equal(-1, day.Counts["deflected"]);
        Assert.Equal(2, (await store.ReadDaysAsync(Today.AddDays(-1), Today, default)).Count);
    }

    [Fact]
    public async Task Texts_not_understood_read_newest_first_within_the_range()
    {
        var store = CreateStore();
        await store.AddAsync(new AnalyticsBatch([], [new(Now.AddHours(-2), "older"), new(Now.AddHours(-1), "newer")], []), default);
        await store.AddAsync(new AnalyticsBatch([], [new(Now.AddDays(-3), "three days ago")], []), default);

        var texts = await store.ReadNotUnderstoodAsync(Today, Today, default);

        Assert.Equal(["newer", "older"], texts.Select(t => t.Text));
        Assert.Equal(Now.AddHours(-1), texts[0].At);
        Assert.Equal(3, (await store.ReadNotUnderstoodAsync(Today.AddDays(-7), Today, default)).Count);
    }

    [Fact]
    public async Task An_idle_conversation_is_claimed_once_with_its_last_step_and_a_finished_one_never()
    {
        var store = CreateStore();
        await store.AddAsync(new AnalyticsBatch([], [], [new("a", Now.AddHours(-30), "AskTimer", false), new("b", Now.AddHours(-30), "AskPayment", false)]), default);
        await store.AddAsync(new AnalyticsBatch([], [], [new("a", Now.AddHours(-26), "AskPayment", false), new("b", Now.AddHours(-25), "Summary", true), new("c", Now.AddHours(-1), "AskArrival", false)]), default);

        var idle = await store.ClaimIdleAsync(Now.AddHours(-24), 100, default);

        var claimed = Assert.Single(idle);
        Assert.Equal(("a", "AskPayment", Now.AddHours(-26)), (claimed.Id, claimed.Step, claimed.LastActivity));
        Assert.Empty(await store.ClaimIdleAsync(Now.AddHours(-24), 100, default));
        Assert.Equal("c", Assert.Single(await store.ClaimIdleAsync(Now, 100, default)).Id);
    }
}
