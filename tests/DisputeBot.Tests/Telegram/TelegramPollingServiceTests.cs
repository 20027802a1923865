using System.Collections.Concurrent;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramPollingServiceTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private readonly TelegramFakeBotApi _api = new();
    private readonly TimerWatchingTimeProvider _clock = new();
    private readonly RecordingHandler _handler = new();
    private readonly TelegramRecordingLogger<TelegramPollingService> _log = new();
    private readonly TelegramUpdateDispatcher _dispatcher;
    private readonly TelegramPollingService _service;

    public TelegramPollingServiceTests()
    {
        var options = TelegramTestSupport.Options();
        _dispatcher = new TelegramUpdateDispatcher(_handler, Options.Create(new HostOptions()), TimeProvider.System, new TelegramRecordingLogger<TelegramUpdateDispatcher>());
        _service = new TelegramPollingService(TelegramTestSupport.Client(_api), _dispatcher, Microsoft.Extensions.Options.Options.Create(options), _clock, _log);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        Dispose();
    }

    public void Dispose()
    {
        _service.Dispose();
        _dispatcher.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task The_offset_is_confirmed_only_after_every_update_of_the_batch_was_handled()
    {
        _handler.Hold = true;
        _api.EnqueueUpdates(Update(5, chat: 1), Update(6, chat: 2));

        await _service.StartAsync(CancellationToken.None);
        await _handler.WaitForAsync(2);
        Assert.Single(_api.CallsTo("getUpdates"));

        _handler.ReleaseAll();
        var calls = await _api.WaitForAsync(c => c.Count(x => x.Method == "getUpdates") >= 2);

        var polls = calls.Where(c => c.Method == "getUpdates").ToList();
        Assert.Null(polls[0].Body["offset"]);
        Assert.Equal(7, polls[1].Body["offset"]!.GetValue<long>());
        Assert.Equal([5, 6], _handler.Seen.Order());
    }

    [Fact]
    public async Task An_answer_that_comes_back_empty_at_once_is_followed_by_a_pause_never_a_tight_loop()
    {
        await _service.StartAsync(CancellationToken.None);

        for (var round = 1; round <= 5; round++)
        {
            await _clock.WaitForTimerAsync(Generous);
            Assert.Equal(round, _api.CallsTo("getUpdates").Count);
            await _clock.AdvanceToNextTimerAsync(Generous);
        }

        Assert.All(_clock.RequestedDelays, d => Assert.Equal(TimeSpan.FromSeconds(1), d));
    }

    [Fact]
    public async Task A_409_conflict_is_reported_clearly_and_retried_slowly()
    {
        _api.Respond = _ => TelegramFakeBotApi.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

        await _service.StartAsync(CancellationToken.None);
        for (var round = 0; round < 20; round++)
        {
            await _clock.AdvanceToNextTimerAsync(Generous);
        }

        await _clock.WaitForTimerAsync(Generous);
        var elapsed = _clock.GetUtcNow() - _clock.Start;
        Assert.Equal(21, _api.CallsTo("getUpdates").Count);
        Assert.All(_clock.RequestedDelays, d => Assert.True(d >= TimeSpan.FromSeconds(15), d.ToString()));
        Assert.True(elapsed >= TimeSpan.FromMinutes(5), $"21 polls took only {elapsed} of simulated time");
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("409", StringComparison.Ordinal) && e.Message.Contains("webhook", StringComparison.Ordinal) && e.Message.Contains("only one", StringComparison.OrdinalIgnoreCase));
        Assert.False(_service.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task Network_errors_back_off_exponentially_up_to_a_cap_and_polling_carries_on()
    {
        _api.Respond = _ => throw new HttpRequestException("Network is unreachable");

        await _service.StartAsync(CancellationToken.None);
        for (var round = 0; round < 12; round++)
        {
            await _clock.AdvanceToNextTimerAsync(Generous);
        }

        await _clock.WaitForTimerAsync(Generous);
        Assert.Equal(13, _api.CallsTo("getUpdates").Count);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60, 60], _clock.RequestedDelays.Select(d => d.TotalSeconds));
        Assert.False(_service.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task After_a_failure_a_successful_poll_resets_the_back_off()
    {
        var calls = 0;
        _api.Respond = _ => ++calls <= 3 ? throw new HttpRequestException("down") : null;

        await _service.StartAsync(CancellationToken.None);
        for (var round = 0; round < 3; round++)
        {
            await _clock.AdvanceToNextTimerAsync(Generous);
        }

        await _clock.WaitForTimerAsync(Generous);
        Assert.Equal([1, 2, 4, 1], _clock.RequestedDelays.Select(d => d.TotalSeconds));
        Assert.Contains(_log.Entries, e => e.Message.Contains("works again after 3 failures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_on_getUpdates_longer_than_the_library_waits_pauses_polling_at_least_as_long_as_asked()
    {
        var calls = 0;
        _api.Respond = _ => ++calls == 1 ? TelegramFakeBotApi.Error(429, "Too Many Requests", retryAfter: 90) : null;

        await _service.StartAsync(CancellationToken.None);
        await _clock.WaitForTimerAsync(Generous);

        Assert.Equal(TimeSpan.FromSeconds(90), _clock.RequestedDelays[0]);
        Assert.Single(_api.CallsTo("getUpdates"));
    }

    private static string Update(long id, long chat) => TelegramTestSupport.TextUpdate(id, chat);

    private sealed class RecordingHandler : ITelegramUpdateHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentBag<long> Seen { get; } = [];

        public bool Hold { get; set; }

        public void ReleaseAll() => _release.TrySetResult();

        public async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow + Generous;
            while (Seen.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            Assert.Equal(count, Seen.Count);
        }

        public async Task HandleAsync(Update update, bool callbackAnswered, CancellationToken cancellationToken)
        {
            Seen.Add(update.Id);
            if (Hold)
            {
                await _release.Task.WaitAsync(cancellationToken);
            }
        }
    }
}
