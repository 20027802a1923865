using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Reminders;

/// <summary>
/// Reminders from the buyer's "remind me" to the channel, on two bot instances sharing one store, with the clock
/// moved by the test: each reminder is sent exactly once, by whichever instance claims it; a claim whose holder
/// stopped is taken over when its lease ends; a forgotten conversation gets nothing; a reminder missed while every
/// instance was down is sent late if still useful, else dropped with a log line. One subclass per store.
/// </summary>
public abstract class ReminderDeliveryContractTests : IAsyncLifetime
{
    /// <summary>The clock's start; the buyer's countdown ends on 22 March 2026.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset ThreeDaysBefore = new(2026, 3, 19, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DayBefore = new(2026, 3, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly FakeLogger<ReminderSweeper> _log = new();

    protected FakeTimeProvider Time { get; } = new(Start);

    internal RecordingSender Channel { get; } = new();

    /// <summary>A store and schedule for one instance, on the backend every instance of the test shares.</summary>
    protected abstract Task<(IConversationStore Store, IReminderSchedule Schedule)> ConnectAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    internal async Task<ReminderInstance> InstanceAsync()
    {
        var (store, schedule) = await ConnectAsync();
        return new ReminderInstance(store, schedule, Time, Channel, Lease, _log);
    }

    [Fact]
    public async Task A_reminder_is_sent_at_its_time_once_by_one_of_two_instances()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        await a.RemindersOnAsync("c1");

        Time.SetUtcNow(ThreeDaysBefore.AddMinutes(-1));
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default) + await b.Sweeper.SweepOnceAsync(default));

        Time.SetUtcNow(ThreeDaysBefore);
        var sent = await Task.WhenAll(a.Sweeper.SweepOnceAsync(default), b.Sweeper.SweepOnceAsync(default));
        Assert.Equal(1, sent.Sum());
        var (key, reminder) = Assert.Single(Channel.Reminders);
        Assert.Equal("c1", key.ConversationId);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 22 March 2026 (3 days left).", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["deadlines", "snooze_4_3", "remind_stop"], reminder.Choices.Select(c => c.Id));

        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default) + await b.Sweeper.SweepOnceAsync(default));
        Time.SetUtcNow(DayBefore);
        Assert.Equal(1, await b.Sweeper.SweepOnceAsync(default) + await a.Sweeper.SweepOnceAsync(default));
        Assert.Contains("(1 day left)", Channel.Reminders[^1].Reminder.Text, StringComparison.Ordinal);
        Assert.Equal(2, Channel.Reminders.Count);
    }

    [Fact]
    public async Task A_claim_whose_instance_stopped_is_taken_over_when_its_lease_ends()
    {
        var a = await InstanceAsync();
        var (_, schedule) = await ConnectAsync();
        await a.RemindersOnAsync("c1");
        Time.SetUtcNow(ThreeDaysBefore);

        // An instance claims the conversation and dies before sending.
        Assert.Single(await schedule.ClaimDueAsync(Time.GetUtcNow(), 10, Lease, default));
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default));

        Time.Advance(Lease);
        Assert.Equal(1, await a.Sweeper.SweepOnceAsync(default));
        Assert.Single(Channel.Reminders);
    }

    [Fact]
    public async Task A_reminder_saved_behind_a_reply_left_unsent_is_sent_after_it_by_the_outbox_sweeper_once()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        await a.RemindersOnAsync("c1");
        Time.SetUtcNow(ThreeDaysBefore);

        // The buyer's turn is saved, then its instance stops before sending the reply (after a Redis restart the
        // same happens to a reply whose sent mark was lost): the reply waits in the outbox under that lease.
        var key = new ConversationKey(ReminderInstance.Channel, "c1");
        var unsent = await a.Pipeline.RunAsync(key, new Turn("c1-unsent", "buyer", "en-GB", new TextInput("/reminders")), null, new ReplyRoute(RecordingSender.SenderName), default);
        Assert.Equal(TurnOutcome.Answered, unsent.Outcome);
        var before = Channel.Delivered.Count;

        // The reminder joins the outbox behind it and waits, so that the buyer reads the replies in order.
        Assert.Equal(1, await b.Sweeper.SweepOnceAsync(default));
        Assert.Empty(Channel.Reminders);

        await LetOutboxLeasesEndAsync(ReminderInstance.OutboxLease);
        Assert.Equal(2, await b.OutboxSweeper.SweepOnceAsync(default));
        var after = Channel.Delivered.Skip(before).Select(d => d.Reply).ToArray();
        Assert.Equal(unsent.Replies.Count + 1, after.Length);
        Assert.Equal(unsent.Replies.Select(r => r.GetType()), after[..^1].Select(r => r.GetType()));
        var reminder = Assert.IsType<ChoicesReply>(after[^1]);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 22 March 2026 (3 days left).", reminder.Text, StringComparison.Ordinal);

        Assert.Equal(0, await a.OutboxSweeper.SweepOnceAsync(default) + await b.OutboxSweeper.SweepOnceAsync(default));
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default) + await b.Sweeper.SweepOnceAsync(default));
        Assert.Single(Channel.Reminders);
    }

    [Fact]
    public async Task A_forgotten_conversation_gets_no_reminder_and_leaves_nothing_scheduled()
    {
        var a = await InstanceAsync();
        await a.RemindersOnAsync("c1");
        await a.SayAsync("c1", "/forget");

        Time.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default));
        var (_, schedule) = await ConnectAsync();
        Assert.Empty(await schedule.ClaimDueAsync(Start.AddYears(1), 10, Lease, default));
        Assert.Empty(Channel.Reminders);
    }

    [Fact]
    public async Task A_reminder_missed_while_every_instance_was_down_is_sent_late_while_still_useful()
    {
        var a = await InstanceAsync();
        await a.RemindersOnAsync("c1");

        // Down from before the first reminder until the afternoon before the last day: the later one is sent, the
        // earlier one (superseded) is dropped with a log line.
        Time.SetUtcNow(DayBefore.AddHours(5));
        Assert.Equal(1, await a.Sweeper.SweepOnceAsync(default));
        Assert.Contains("(1 day left)", Assert.Single(Channel.Reminders).Reminder.Text, StringComparison.Ordinal);
        Assert.Contains(_log.Collector.GetSnapshot(), r => r.Message.StartsWith("Dropped 1 reminders on test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_missed_until_its_deadline_passed_is_dropped_with_a_log_line()
    {
        var a = await InstanceAsync();
        await a.RemindersOnAsync("c1");

        Time.SetUtcNow(new DateTimeOffset(2026, 3, 23, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default));
        Assert.Empty(Channel.Reminders);
        Assert.Contains(_log.Collector.GetSnapshot(), r => r.Message.StartsWith("Dropped 2 reminders on test", StringComparison.Ordinal));
        var (_, schedule) = await ConnectAsync();
        Assert.Empty(await schedule.ClaimDueAsync(Start.AddYears(1), 10, Lease, default));
    }

    [Fact]
    public async Task Many_reminders_on_two_instances_are_each_sent_exactly_once()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        var ids = Enumerable.Range(0, ManyConversations).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
            await (int.Parse(id, CultureInfo.InvariantCulture) % 2 == 0 ? a : b).RemindersOnAsync(id));

        Time.SetUtcNow(ThreeDaysBefore);
        var sweeps = 0;
        while (Channel.Reminders.Count < ids.Length && sweeps++ < 4 * ManyConversations)
        {
            await Task.WhenAll(a.Sweeper.SweepOnceAsync(default), b.Sweeper.SweepOnceAsync(default));
        }

        var perConversation = Channel.Reminders.GroupBy(r => r.Key.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(ids.Length, perConversation.Count);
        Assert.All(perConversation, p => Assert.Equal(1, p.Value));
        Assert.Equal(0, await a.Sweeper.SweepOnceAsync(default) + await b.Sweeper.SweepOnceAsync(default));
    }

    /// <summary>Waits until outbox leases taken now have ended, on the clock the store keeps them by.</summary>
    protected abstract Task LetOutboxLeasesEndAsync(TimeSpan lease);

    /// <summary>How many conversations the many-reminders test sets up.</summary>
    protected virtual int ManyConversations => 1000;
}
