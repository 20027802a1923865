using DisputeBot.LoadTest.Channels;
using DisputeBot.LoadTest.Hosting;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Redis;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Runs;

/// <summary>
/// The load benchmark: one redis-server and one Telegram sink for the whole run; the floor first, then the bot
/// (one or two instances) on each channel, each phase with the same shoppers, connections, warm-up and window.
/// Redis is emptied between phases so every phase starts from the same place.
/// </summary>
internal static class BenchRun
{
    public const string SecretToken = "bench-secret-token";
    public const string KeyPrefix = "bench:";

    public static async Task<IReadOnlyList<PhaseReport>> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var redis = await RedisServer.StartAsync(options.RedisServer, cancellationToken);
        await using var admin = await RespClient.ConnectAsync(redis.Port, cancellationToken);
        await using var sink = await TelegramSink.StartAsync();
        using var http = LoadHttpClient.Create(options.Connections, TimeSpan.FromSeconds(10));
        log.WriteLine($"redis-server on {redis.ConnectionString}, Telegram sink on {sink.ApiRoot}");

        var reports = new List<PhaseReport>();
        if (!options.SkipFloor)
        {
            await using var floor = await WebHost.StartAsync("floor", options.FloorDll, new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString }, cancellationToken);
            log.WriteLine($"floor ready in {floor.StartupToReady.TotalMilliseconds:0} ms; measuring...");
            var driver = new FloorDriver(http, floor.BaseAddress);
            reports.Add(await PhaseAsync("floor", driver, [floor], redis, admin, "floor:*", options, log, cancellationToken));
        }

        var hosts = new List<WebHost>();
        try
        {
            for (var i = 0; i < options.Instances; i++)
            {
                try
                {
                    var host = await WebHost.StartAsync($"bot{i + 1}", options.BotDll, BotEnvironment(options, redis, sink), cancellationToken);
                    hosts.Add(host);
                    log.WriteLine($"bot instance {i + 1} ready in {host.StartupToReady.TotalMilliseconds:0} ms");
                }
                catch (InvalidOperationException exception)
                {
                    // The floor's figures are still worth printing.
                    log.WriteLine(exception.Message);
                    return reports;
                }
            }

            foreach (var channel in options.Channels)
            {
                ITurnDriver driver = channel == "telegram"
                    ? new TelegramDriver(http, [.. hosts.Select(h => h.BaseAddress)], sink, SecretToken)
                    : new BotFrameworkDriver(http, [.. hosts.Select(h => h.BaseAddress)]);
                log.WriteLine($"measuring the bot on {channel}...");
                reports.Add(await PhaseAsync("bot/" + channel, driver, hosts, redis, admin, KeyPrefix + "*", options, log, cancellationToken));
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        return reports;
    }

    public static Dictionary<string, string> BotEnvironment(BenchOptions options, RedisServer redis, TelegramSink sink)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
            ["State__KeyPrefix"] = KeyPrefix,
            ["Telegram__BotToken"] = TelegramSink.BotToken,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__SecretToken"] = SecretToken,
            ["Telegram__ApiRoot"] = sink.ApiRoot.ToString().TrimEnd('/'),
        };
        foreach (var (key, value) in options.BotEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static async Task<PhaseReport> PhaseAsync(
        string name, ITurnDriver driver, IReadOnlyList<WebHost> servers, RedisServer redis, RespClient admin, string keyPattern,
        BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await admin.CallAsync("FLUSHALL");
        await CommandStats.ResetAsync(admin);
        var warnings = servers.Sum(s => s.WarningLines);
        var errors = servers.Sum(s => s.ErrorLines);
        var repeatedBefore = (driver as TelegramDriver)?.RepeatedReplies ?? 0;

        var pool = new ShopperPool(options.Shoppers, $"{name.Replace('/', '-')}", options.Seed);
        var settings = new LoadSettings(options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), TimeSpan.FromSeconds(options.DurationSeconds), options.Redeliver);
        var processes = servers.Select((s, i) => (Key: "server" + i, s.Pid)).Append((Key: "redis", redis.Pid)).Append((Key: "harness", Pid: CpuWindow.Self))
            .ToDictionary(p => p.Key, p => p.Pid);
        var usage = CpuWindow.MeasureAsync(processes, settings.Warmup, settings.Duration, cancellationToken);
        var load = await ClosedLoop.RunAsync(driver, pool, settings, cancellationToken);
        var cpu = await usage;

        // Late replies of the last turns (and of redeliveries) settle before the stored state is read back.
        await Task.Delay(500, cancellationToken);
        if (driver is TelegramDriver telegram)
        {
            foreach (var shopper in pool.All)
            {
                telegram.Prepare(shopper);
            }
        }

        var calls = await CommandStats.ReadAsync(admin);
        var stored = await StateProbe.ReadAllAsync(admin, keyPattern);
        var consistency = name == "floor" ? null : ConsistencyReport.Check(pool.All, stored);
        log.WriteLine($"  {name}: {load.TurnsPerSecond:0} turns/s, p99 {load.Latency.PercentileMilliseconds(0.99):0.0} ms, errors {load.Errors}");
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
            ((driver as TelegramDriver)?.RepeatedReplies ?? 0) - repeatedBefore,
            servers.Sum(s => s.WarningLines) - warnings,
            servers.Sum(s => s.ErrorLines) - errors);
    }
}
