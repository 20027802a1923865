using DisputeBot.Channels.Telegram;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramSendPacerTests
{
    private readonly TelegramManualClock _clock = new();

    [Fact]
    public void A_turns_first_replies_go_out_at_once_and_later_ones_a_second_apart()
    {
        var pacer = new TelegramSendPacer(_clock);

        var waits = Enumerable.Range(0, 8).Select(_ => pacer.ReserveChat(1)).ToList();

        Assert.Equal([0, 0, 0, 0, 0, 1, 2, 3], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void A_chat_that_was_quiet_gets_its_burst_back()
    {
        var pacer = new TelegramSendPacer(_clock);
        for (var i = 0; i < 5; i++)
        {
            pacer.ReserveChat(1);
        }

        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(1));
    }

    [Fact]
    public void Chats_do_not_wait_for_each_other_below_the_overall_limit()
    {
        var pacer = new TelegramSendPacer(_clock);
        for (var i = 0; i < 10; i++)
        {
            pacer.ReserveChat(1);
        }

        Assert.Equal(TimeSpan.Zero, pacer.ReserveChat(2));
        Assert.Equal(TimeSpan.Zero, pacer.ReserveGlobal());
    }

    [Fact]
    public void Beyond_thirty_messages_a_second_overall_sends_are_spread_out()
    {
        var pacer = new TelegramSendPacer(_clock);

        var waits = Enumerable.Range(0, 60).Select(_ => pacer.ReserveGlobal()).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.All(waits.Skip(30), w => Assert.True(w > TimeSpan.Zero));
        Assert.InRange(waits[^1].TotalSeconds, 0.9, 1.1);
    }

    [Fact]
    public async Task Waiting_uses_the_injected_clock()
    {
        var pacer = new TelegramSendPacer(_clock);
        for (var i = 0; i < 5; i++)
        {
            await pacer.WaitTurnAsync(1, default);
        }

        var sixth = pacer.WaitTurnAsync(1, default);
        Assert.False(sixth.IsCompleted);
        await _clock.AdvanceToNextTimerAsync(TimeSpan.FromSeconds(20));
        await sixth.WaitAsync(TimeSpan.FromSeconds(20));
    }
}
