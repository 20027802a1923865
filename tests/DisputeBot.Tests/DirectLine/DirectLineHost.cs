using DisputeBot.Channels.BotFramework;
using DisputeBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.DirectLine;

/// <summary>
/// The test host (<see cref="TestHost"/>) for Direct Line: a stand-in <see cref="IActivityHandler"/> and a
/// hand-moved clock unless <c>realBot</c>, and limits high enough that only the tests about them meet them.
/// </summary>
/// <param name="realBotOnClock">With <paramref name="realBot"/>: the real bot on <see cref="Clock"/> too (it
/// otherwise keeps the system clock).</param>
public sealed class DirectLineHost(IDictionary<string, string?>? settings = null, bool realBot = false, bool realBotOnClock = false)
    : TestHost(settings, Defaults)
{
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["DirectLine:ConversationsPerMinutePerClient"] = "10000",
        ["DirectLine:PostsPerSecond"] = "10000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public EchoActivityHandler Bot { get; } = new();

    /// <summary>The time of day the host sees, moved by the test (token and transcript expiry).</summary>
    public FakeTimeProvider Clock { get; } = new RealTimersFakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (!realBot)
        {
            services.AddSingleton<IActivityHandler>(Bot);
            services.AddSingleton<TimeProvider>(Clock);
        }
        else if (realBotOnClock)
        {
            services.AddSingleton<TimeProvider>(Clock);
        }
    }

    /// <summary>Its timers run on real time: the stream's keep-alives and the sweepers tick as they do in production
    /// while the test moves only the time of day.</summary>
    private sealed class RealTimersFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime, period);
    }
}
