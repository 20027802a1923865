using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// The one host factory of the tests: the whole bot host in process (Program.cs as it is) with settings and services
/// of the test's choosing; in memory by default, or on a real loopback port (<see cref="StartOnLoopback"/>) for
/// WebSockets and out-of-process clients. The channels' hosts (BotHost, TelegramHostFactory, DirectLineHost) only add
/// their defaults and helpers.
/// </summary>
public class TestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = [];

    /// <param name="defaults">The host's own defaults, applied first (a channel host's).</param>
    /// <param name="settings">The test's settings, applied last.</param>
    public TestHost(IDictionary<string, string?>? settings = null, IDictionary<string, string?>? defaults = null)
    {
        foreach (var (key, value) in (defaults ?? new Dictionary<string, string?>()).Concat(settings ?? new Dictionary<string, string?>()))
        {
            _settings[key] = value;
        }
    }

    /// <summary>Services the test replaces or adds, after the host's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The host environment; null keeps the factory's (Development).</summary>
    public string? Environment { get; init; }

    /// <summary>Serves on 127.0.0.1 with a free port; returns the base address ("http://127.0.0.1:port").</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>A channel host's own replacements; the test's <see cref="TestServices"/> come after.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Environment is not null)
        {
            builder.UseEnvironment(Environment);
        }

        // Host settings are read before Program.cs builds its configuration; the in-memory source also overrides
        // appsettings.json for what is read later.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            ConfigureServices(services);
            TestServices?.Invoke(services);
        });
    }
}
