using DisputeBot.Channels.BotFramework;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.DirectLine;

/// <summary>
/// The bot host with a stand-in <see cref="IActivityHandler"/> (unless <c>realBot</c>), a hand-moved clock and
/// test settings; in memory by default, or on a real loopback port (<see cref="StartOnLoopback"/>) for WebSockets and
/// out-of-process clients.
/// </summary>
public sealed class DirectLineHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["DirectLine:ConversationsPerMinutePerClient"] = "10000",
        ["DirectLine:PostsPerSecond"] = "10000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly bool _realBot;
    private readonly bool _realBotOnClock;

    /// <param name="realBotOnClock">With <paramref name="realBot"/>: the real bot on <see cref="Clock"/> too (it
    /// otherwise keeps the system clock).</param>
    public DirectLineHost(IDictionary<string, string?>? settings = null, bool realBot = false, bool realBotOnClock = false)
    {
        _realBotOnClock = realBotOnClock;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _realBot = realBot;
    }

    public EchoActivityHandler Bot { get; } = new();

    /// <summary>The time of day the host sees, moved by the test (token and transcript expiry).</summary>
    public FakeTimeProvider Clock { get; } = new RealTimersFakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Serves on 127.0.0.1 with a free port; returns the base address ("http://127.0.0.1:port").</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!_realBot)
            {
                services.AddSingleton<IActivityHandler>(Bot);
                services.AddSingleton<TimeProvider>(Clock);
            }
            else if (_realBotOnClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    /// <summary>Its timers run on real time: the stream's keep-alives and the sweepers tick as they do in production
    /// while the test moves only the time of day.</summary>
    private sealed class RealTimersFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime, period);
    }
}
