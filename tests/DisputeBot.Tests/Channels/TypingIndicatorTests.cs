using System.Collections.Concurrent;
using DisputeBot.Channels;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.Channels;

public sealed class TypingIndicatorTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly ConcurrentQueue<DateTimeOffset> _sent = new();
    private readonly SemaphoreSlim _signal = new(0);

    public void Dispose() => _signal.Dispose();

    [Fact]
    public async Task A_turn_done_before_the_delay_sends_no_indicator_at_all()
    {
        var indicator = TypingIndicator.Start(Send, Delay, Interval, _clock, CancellationToken.None);
        await indicator.DisposeAsync();

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(_sent);
    }

    [Fact]
    public async Task A_slow_turn_shows_the_indicator_after_the_delay_then_every_interval_until_it_ends()
    {
        var indicator = TypingIndicator.Start(Send, Delay, Interval, _clock, CancellationToken.None);
        var start = _clock.GetUtcNow();

        _clock.Advance(Delay);
        await SentAsync(1);
        await _clock.WaitForTimerAsync(Patience);
        _clock.Advance(Interval);
        await SentAsync(2);
        await indicator.DisposeAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([start + Delay, start + Delay + Interval], _sent);
    }

    [Fact]
    public async Task Without_a_delay_the_indicator_is_on_its_way_before_the_turn_starts()
    {
        await using var indicator = TypingIndicator.Start(Send, TimeSpan.Zero, Interval, _clock, CancellationToken.None);

        Assert.Single(_sent);
    }

    [Fact]
    public async Task A_failing_send_is_ignored_and_tried_again_at_the_next_interval()
    {
        var attempts = 0;
        await using var indicator = TypingIndicator.Start(
            _ =>
            {
                attempts++;
                _signal.Release();
                throw new HttpRequestException("channel down");
            },
            TimeSpan.Zero,
            Interval,
            _clock,
            CancellationToken.None);

        await _clock.WaitForTimerAsync(Patience);
        _clock.Advance(Interval);
        Assert.True(await _signal.WaitAsync(Patience));
        Assert.True(await _signal.WaitAsync(Patience));

        Assert.Equal(2, attempts);
    }

    private Task Send(CancellationToken cancellationToken)
    {
        _sent.Enqueue(_clock.GetUtcNow());
        _signal.Release();
        return Task.CompletedTask;
    }

    private async Task SentAsync(int count)
    {
        while (_sent.Count < count)
        {
            Assert.True(await _signal.WaitAsync(Patience), $"expected {count} indicators, saw {_sent.Count}");
        }
    }
}
