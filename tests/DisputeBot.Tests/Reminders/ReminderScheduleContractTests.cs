using DisputeBot.Turns;

namespace DisputeBot.Tests.Reminders;

/// <summary>
/// What every reminder schedule promises: a conversation is claimed once its wake-up time has come, by one claimer
/// at a time; a claim's holder moves the wake-up on or removes it, unless someone woke the conversation meanwhile
/// (then the earlier time stays, so no reminder is lost); wake-ups only ever move earlier. One subclass per store.
/// </summary>
public abstract class ReminderScheduleContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IReminderSchedule? _schedule;

    protected IReminderSchedule Schedule => _schedule!;

    /// <summary>A fresh schedule with its own key space.</summary>
    protected abstract Task<IReminderSchedule> CreateAsync();

    public async Task InitializeAsync() => _schedule = await CreateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static ConversationKey Key(string id) => new("telegram", id);

    [Fact]
    public async Task A_conversation_is_claimed_once_its_time_has_come_and_not_before()
    {
        await Schedule.WakeAsync(Key("1"), Start.AddHours(1), default);
        Assert.Empty(await Schedule.ClaimDueAsync(Start, 10, Lease, default));
        var claim = Assert.Single(await Schedule.ClaimDueAsync(Start.AddHours(1), 10, Lease, default));
        Assert.Equal(Key("1"), claim.Key);
    }

    [Fact]
    public async Task A_claimed_conversation_is_not_claimed_again_until_its_lease_ends()
    {
        await Schedule.WakeAsync(Key("1"), Start, default);
        Assert.Single(await Schedule.ClaimDueAsync(Start, 10, Lease, default));
        Assert.Empty(await Schedule.ClaimDueAsync(Start + Lease - TimeSpan.FromSeconds(1), 10, Lease, default));
        Assert.Single(await Schedule.ClaimDueAsync(Start + Lease, 10, Lease, default));
    }

    [Fact]
    public async Task Finishing_moves_the_wake_up_on_or_removes_it()
    {
        await Schedule.WakeAsync(Key("1"), Start, default);
        await Schedule.WakeAsync(Key("2"), Start, default);
        var claims = await Schedule.ClaimDueAsync(Start, 10, Lease, default);
        Assert.Equal(2, claims.Count);
        await Schedule.FinishAsync(claims.Single(c => c.Key == Key("1")), Start.AddDays(2), default);
        await Schedule.FinishAsync(claims.Single(c => c.Key == Key("2")), null, default);

        Assert.Empty(await Schedule.ClaimDueAsync(Start.AddDays(2).AddSeconds(-1), 10, Lease, default));
        var later = Assert.Single(await Schedule.ClaimDueAsync(Start.AddDays(30), 10, Lease, default));
        Assert.Equal(Key("1"), later.Key);
    }

    [Fact]
    public async Task A_wake_up_written_while_claimed_survives_the_finish()
    {
        await Schedule.WakeAsync(Key("1"), Start, default);
        var claim = Assert.Single(await Schedule.ClaimDueAsync(Start, 10, Lease, default));

        // The buyer's turn adds a reminder while the claim's turn runs on the state it read before.
        await Schedule.WakeAsync(Key("1"), Start.AddDays(1), default);
        await Schedule.FinishAsync(claim, null, default);

        Assert.Single(await Schedule.ClaimDueAsync(Start.AddDays(1), 10, Lease, default));
    }

    [Fact]
    public async Task A_wake_up_only_ever_moves_earlier()
    {
        await Schedule.WakeAsync(Key("1"), Start.AddHours(1), default);
        await Schedule.WakeAsync(Key("1"), Start.AddHours(5), default);
        Assert.Single(await Schedule.ClaimDueAsync(Start.AddHours(1), 10, Lease, default));
    }

    [Fact]
    public async Task A_claim_takes_at_most_the_limit_and_leaves_the_rest_for_the_next()
    {
        for (var i = 0; i < 5; i++)
        {
            await Schedule.WakeAsync(Key(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Start, default);
        }

        var first = await Schedule.ClaimDueAsync(Start, 3, Lease, default);
        var second = await Schedule.ClaimDueAsync(Start, 3, Lease, default);
        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Select(c => c.Key).Intersect(second.Select(c => c.Key)));
    }

    [Fact]
    public async Task Conversation_ids_with_any_characters_come_back_as_they_were()
    {
        var key = new ConversationKey("msteams", "a:1;messageid=2@thread/{x}\n% é");
        await Schedule.WakeAsync(key, Start, default);
        Assert.Equal(key, Assert.Single(await Schedule.ClaimDueAsync(Start, 10, Lease, default)).Key);
    }
}
