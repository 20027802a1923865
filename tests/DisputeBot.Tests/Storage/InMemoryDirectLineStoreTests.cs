using System.Text;
using DisputeBot.Storage.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Storage;

/// <summary>The memory store of the self-hosted Direct Line, on a fake clock.</summary>
public sealed class InMemoryDirectLineStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_conversation_idle_for_longer_than_the_idle_timeout_is_gone_days_later_while_a_touched_one_stays()
    {
        var store = Store(idle: TimeSpan.FromDays(14));
        await store.CreateAsync("idle", "u1", 10, default);
        await store.CreateAsync("busy", "u2", 10, default);

        for (var day = 0; day < 3; day++)
        {
            _clock.Advance(TimeSpan.FromDays(6));
            Assert.NotNull(await store.FindAsync("busy", default));
        }

        Assert.Null(await store.FindAsync("idle", default));
        Assert.Equal("u2", (await store.FindAsync("busy", default))!.UserId);
    }

    [Fact]
    public async Task Items_are_numbered_in_order_and_read_after_a_watermark()
    {
        var store = Store();
        await store.CreateAsync("c", "u", 10, default);

        var first = await store.AppendAsync("c", [Item("a"), Item("b")], default);
        var second = await store.AppendAsync("c", [Item("c")], default);
        var page = await store.ReadAfterAsync("c", 0, default);

        Assert.Equal(0, first);
        Assert.Equal(2, second);
        Assert.Equal(1, page!.First);
        Assert.Equal(3, page.Next);
        Assert.Equal(["b", "c"], page.Items.Select(i => Encoding.UTF8.GetString(i)));
    }

    [Fact]
    public async Task Erasing_the_log_empties_it_and_numbering_goes_on()
    {
        var store = Store();
        await store.CreateAsync("c", "u", 10, default);
        await store.AppendAsync("c", [Item("a"), Item("b")], default);

        await store.EraseLogAsync("c", default);
        var appended = await store.AppendAsync("c", [Item("after")], default);
        var page = await store.ReadAfterAsync("c", null, default);

        Assert.Equal(2, appended);
        Assert.Equal(["after"], page!.Items.Select(i => Encoding.UTF8.GetString(i)));
        Assert.Equal(5, store.TotalBytes);
    }

    [Fact]
    public async Task Over_the_total_byte_cap_the_conversation_touched_least_recently_is_forgotten_first()
    {
        var store = Store(maxBytes: 3500, maxPerConversation: 2500);
        foreach (var id in new[] { "old", "middle", "new" })
        {
            await store.CreateAsync(id, "u", 10, default);
            await store.AppendAsync(id, [new byte[1000]], default);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        await store.FindAsync("old", default);
        await store.AppendAsync("new", [new byte[1000]], default);

        Assert.True(store.TotalBytes <= 3500, $"{store.TotalBytes} bytes kept");
        Assert.Null(await store.FindAsync("middle", default));
        Assert.NotNull(await store.FindAsync("old", default));
        Assert.NotNull(await store.FindAsync("new", default));
    }

    [Fact]
    public async Task A_waiting_reader_wakes_when_an_item_is_appended()
    {
        var store = Store();
        await store.CreateAsync("c", "u", 10, default);
        var waiting = store.WaitForChangeAsync("c", default);

        Assert.False(waiting.IsCompleted);
        await store.AppendAsync("c", [Item("hello")], default);

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Beyond_the_limit_no_conversation_is_opened()
    {
        var store = Store();

        Assert.True(await store.CreateAsync("a", "u", 2, default));
        Assert.True(await store.CreateAsync("b", "u", 2, default));
        Assert.False(await store.CreateAsync("c", "u", 2, default));
        Assert.True(await store.CreateAsync("c", "u", 3, default));
    }

    private InMemoryDirectLineStore Store(TimeSpan? idle = null, long maxBytes = 1_000_000, long maxPerConversation = 100_000) =>
        new(new DirectLineStoreLimits(idle ?? TimeSpan.FromDays(14), 100, maxPerConversation, maxBytes), new DirectLineChangeSignals(), _clock);

    private static byte[] Item(string text) => Encoding.UTF8.GetBytes(text);
}
