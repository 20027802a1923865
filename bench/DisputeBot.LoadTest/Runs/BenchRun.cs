using System.Text.RegularExpressions;
using DisputeBot.LoadTest.Channels;
using DisputeBot.LoadTest.Hosting;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Redis;
using DisputeBot.LoadTest.Shoppers;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.LoadTest.Runs;

/// <summary>
/// The load benchmark: one redis-server and one Telegram sink for the whole run; the floor first, then the bot
/// (one or two instances) on each channel, each phase with the same shoppers, connections, warm-up and window.
/// Redis is emptied between phases so every phase starts from the same place.
/// </summary>
internal static partial class BenchRun
{
    public const string SecretToken = "bench-secret-token";
    public const string KeyPrefix = "bench:";

    /// <returns>The phases of each round, in order.</returns>
    public static async Task<IReadOnlyList<IReadOnlyList<PhaseReport>>> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var redis = await RedisServer.StartNewAsync(new RedisServerSettings(Executable: options.RedisServer));
        await using var admin = await RespClient.ConnectAsync(redis.Port, cancellationToken);
        await using var sink = await TelegramSink.StartAsync();
        using var http = LoadHttpClient.Create(options.Connections, TimeSpan.FromSeconds(10));
        log.WriteLine($"redis-server on {redis.Endpoint}, Telegram sink on {sink.ApiRoot}");

        // Every server is started once and stays up (idle while another phase runs); rounds alternate the phases
        // so that drift in the machine's load falls on both sides of a ratio.
        var hosts = new List<WebHost>();
        var rounds = new List<IReadOnlyList<PhaseReport>>();
        try
        {
            WebHost? floor = null;
            if (!options.SkipFloor)
            {
                floor = await WebHost.StartAsync("floor", options.FloorDll, FloorEnvironment(options, redis, sink), cancellationToken);
                hosts.Add(floor);
                log.WriteLine($"floor ready in {floor.StartupToReady.TotalMilliseconds:0} ms");
            }

            var bots = new List<WebHost>();
            for (var i = 0; i < options.Instances; i++)
            {
                try
                {
                    var host = await WebHost.StartAsync($"bot{i + 1}", options.BotDll, BotEnvironment(options, redis, sink), cancellationToken);
                    hosts.Add(host);
                    bots.Add(host);
                    log.WriteLine($"bot instance {i + 1} ready in {host.StartupToReady.TotalMilliseconds:0} ms");
                }
                catch (InvalidOperationException exception)
                {
                    // The floor's figures are still worth printing.
                    log.WriteLine(exception.Message);
                    break;
                }
            }

            var telegram = new TelegramDriver(http, [.. bots.Select(h => h.BaseAddress)], sink, SecretToken);
            for (var round = 1; round <= options.Rounds; round++)
            {
                var phases = new List<PhaseReport>();
                if (floor is not null)
                {
                    log.WriteLine($"round {round}: measuring the floor...");
                    phases.Add(await PhaseAsync("floor", round, new FloorDriver(http, floor.BaseAddress), [floor], redis, admin, "floor:*", options, log, cancellationToken));
                }

                foreach (var channel in bots.Count == options.Instances ? options.Channels : [])
                {
                    ITurnDriver driver = channel == "telegram" ? telegram : new BotFrameworkDriver(http, [.. bots.Select(h => h.BaseAddress)]);
                    log.WriteLine($"round {round}: measuring the bot on {channel}...");
                    var phase = await PhaseAsync("bot/" + channel, round, driver, bots, redis, admin, KeyPrefix + "*", options, log, cancellationToken);
                    phases.Add(phase);
                    if (channel == "telegram" && floor is not null)
                    {
                        // Right after the bot's Telegram phase, so the floor makes as many Bot API calls per turn as
                        // the bot just did.
                        var mix = TelegramFloorDriver.BotApiMix.Of(phase.BotApiCalls, phase.Load.TurnsSentInPhase + phase.Load.Redeliveries);
                        log.WriteLine($"round {round}: measuring the Telegram floor ({mix})...");
                        var floorTelegram = new TelegramFloorDriver(http, floor.BaseAddress, sink, SecretToken, mix);
                        phases.Add(await PhaseAsync(floorTelegram.Name, round, floorTelegram, [floor], redis, admin, "floor:*", options, log, cancellationToken));
                    }
                }

                rounds.Add(phases);
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        return rounds;
    }

    /// <summary>The runtime settings of the bot's container image (the <c>ENV DOTNET_*</c> lines of infra/Dockerfile,
    /// read from there so the two cannot drift apart), given to the floor too so that both run on the same runtime
    /// configuration.</summary>
    public static IReadOnlyDictionary<string, string> ImageRuntimeSettings { get; } = ReadImageRuntimeSettings();

    private static Dictionary<string, string> ReadImageRuntimeSettings()
    {
        var dockerfile = Path.Combine(RepoLayout.Root, "infra", "Dockerfile");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dockerfile))
        {
            var match = RuntimeSettingLine().Match(line);
            if (match.Success)
            {
                settings[match.Groups["key"].Value] = match.Groups["value"].Value;
            }
        }

        return settings.Count > 0 ? settings : throw new InvalidOperationException($"No ENV DOTNET_* line in {dockerfile}.");
    }

    [GeneratedRegex(@"^ENV (?<key>DOTNET_[A-Za-z0-9_]+)=(?<value>\S+)\s*$")]
    private static partial Regex RuntimeSettingLine();

    public static Dictionary<string, string> FloorEnvironment(BenchOptions options, RedisServer redis, TelegramSink sink)
    {
        var environment = new Dictionary<string, string>(ImageRuntimeSettings, StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = redis.Endpoint,
            ["Telegram__BotToken"] = TelegramSink.BotToken,
            ["Telegram__SecretToken"] = SecretToken,
            ["Telegram__ApiRoot"] = sink.ApiRoot.ToString().TrimEnd('/'),
        };
        foreach (var (key, value) in options.RuntimeEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }

    public static Dictionary<string, string> BotEnvironment(BenchOptions options, RedisServer redis, TelegramSink sink)
    {
        var environment = new Dictionary<string, string>(ImageRuntimeSettings, StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = redis.Endpoint,
            ["State__KeyPrefix"] = KeyPrefix,
            ["Telegram__BotToken"] = TelegramSink.BotToken,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__SecretToken"] = SecretToken,
            ["Telegram__ApiRoot"] = sink.ApiRoot.ToString().TrimEnd('/'),
        };
        foreach (var (key, value) in options.RuntimeEnvironment.Concat(options.BotEnvironment))
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Samples the server's stacks inside the measured window (the sampling itself costs some throughput).</summary>
    private static async Task ProfileAsync(string name, int pid, BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds + 1), cancellationToken);
        var output = Path.Combine(Path.GetTempPath(), $"disputebot-profile-{name.Replace('/', '-')}");
        var speedscope = await Profiling.TraceProfiler.CollectAsync(pid, TimeSpan.FromSeconds(Math.Min(options.ProfileSeconds, options.DurationSeconds - 1)), output, log, cancellationToken);
        if (speedscope is not null)
        {
            log.WriteLine($"Profile of {name} ({speedscope}):");
            log.WriteLine(Profiling.TraceProfiler.Summarize(speedscope));
        }
    }

    private static async Task<PhaseReport> PhaseAsync(
        string name, int round, ITurnDriver driver, IReadOnlyList<WebHost> servers, RedisServer redis, RespClient admin, string keyPattern,
        BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await admin.CallAsync("FLUSHALL");
        await CommandStats.ResetAsync(admin);
        var warnings = servers.Sum(s => s.WarningLines);
        var errors = servers.Sum(s => s.ErrorLines);
        var telegramDriver = driver as TelegramDriver ?? (driver as TelegramFloorDriver)?.Inner;
        var repeatedBefore = telegramDriver?.RepeatedReplies ?? 0;
        telegramDriver?.Sink.ResetCounts();

        var pool = new ShopperPool(options.Shoppers, $"{name.Replace('/', '-')}-r{round}", options.Seed + round);
        var settings = new LoadSettings(options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds), options.Redeliver);
        var processes = servers.Select((s, i) => (Key: "server" + i, s.Pid)).Append((Key: "redis", redis.Pid)).Append((Key: "harness", Pid: CpuWindow.Self))
            .ToDictionary(p => p.Key, p => p.Pid);
        var usage = CpuWindow.MeasureAsync(processes, settings.Warmup, settings.Duration, cancellationToken);
        var isFloor = name.StartsWith("floor", StringComparison.Ordinal);
        var profile = options.ProfileSeconds > 0 && round == 1 && (!isFloor || options.ProfileFloor)
            ? ProfileAsync(name, servers[0].Pid, options, log, cancellationToken)
            : Task.CompletedTask;
        var load = await ClosedLoop.RunAsync(driver, pool, settings, cancellationToken);
        var cpu = await usage;
        await profile;

        // Late replies of the last turns (and of redeliveries) settle before the stored state is read back.
        await Task.Delay(500, cancellationToken);
        if (telegramDriver is not null)
        {
            foreach (var shopper in pool.All)
            {
                telegramDriver.Prepare(shopper);
            }
        }

        var calls = await CommandStats.ReadAsync(admin);
        var stored = await StateProbe.ReadAllAsync(admin, keyPattern);
        var consistency = isFloor ? null : ConsistencyReport.Check(pool.All, stored);
        log.WriteLine($"  {name}: {load.TurnsPerSecond:0} turns/s, p99 {load.Latency.PercentileMilliseconds(0.99):0.0} ms, errors {load.Errors}");
        if (servers.Sum(s => s.ErrorLines) > errors)
        {
            log.WriteLine($"  the server logged errors; the first one:{Environment.NewLine}{servers.Select(s => s.FirstFailure()).First(f => f.Length > 0)}");
        }
        return new PhaseReport(
            name,
            load,
            [.. servers.Select((_, i) => cpu["server" + i])],
            cpu["redis"],
            cpu["harness"],
            [.. servers.Select(s => s.StartupToReady)],
            calls,
            StateSize.Of(stored),
            consistency,
            (telegramDriver?.RepeatedReplies ?? 0) - repeatedBefore,
            servers.Sum(s => s.WarningLines) - warnings,
            servers.Sum(s => s.ErrorLines) - errors,
            CpuWindow.LastMachineBusyPercent,
            ShopperOutcomes.Of(pool.All),
            telegramDriver?.Sink.CallsByMethod() ?? new Dictionary<string, long>(),
            CpuWindow.LastHarnessAllocatedBytes);
    }
}
