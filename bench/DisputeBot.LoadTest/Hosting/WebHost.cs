using System.Diagnostics;
using System.Globalization;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>An ASP.NET Core server run from its built output (<c>dotnet X.dll --urls ...</c>): the bot or the floor.</summary>
internal sealed class WebHost : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private WebHost(ChildProcess process, int port, TimeSpan startup)
    {
        _process = process;
        Port = port;
        StartupToReady = startup;
    }

    public string Name => _process.Name;

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int Pid => _process.Pid;

    /// <summary>From starting the process to the first 200 from /readyz.</summary>
    public TimeSpan StartupToReady { get; }

    public static async Task<WebHost> StartAsync(string name, string dll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build it first (dotnet build -c {RepoLayout.Configuration} bench/DisputeBot.LoadTest builds both servers).");
        }

        var port = FreePort.Next();
        var env = new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT", "Production"),
            ["DOTNET_NOLOGO"] = "1",
        };
        var process = ChildProcess.Start(name, "dotnet", [dll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"], env);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = new Uri($"http://127.0.0.1:{port}/readyz");
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 60);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited || Stopwatch.GetTimestamp() > deadline)
            {
                var tail = process.Tail();
                await process.DisposeAsync();
                throw new InvalidOperationException($"{name} did not become ready (exited or 60 s passed). Its last output:{Environment.NewLine}{tail}");
            }

            try
            {
                using var response = await probe.GetAsync(ready, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return new WebHost(process, port, Stopwatch.GetElapsedTime(process.StartedAt));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A probe that timed out while the host starts.
            }

            await Task.Delay(5, cancellationToken);
        }
    }

    public ProcessSample Sample() => _process.Sample();

    public string Tail() => _process.Tail();

    public int WarningLines => _process.WarningLines;

    public int ErrorLines => _process.ErrorLines;

    public string FirstFailure() => _process.FirstFailure();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
