using System.Diagnostics;
using System.Globalization;
using DisputeBot.LoadTest.Channels;
using DisputeBot.LoadTest.Hosting;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Redis;
using DisputeBot.LoadTest.Shoppers;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.LoadTest.Runs;

/// <summary>
/// Whether the bot's memory stays flat as conversations pile up: many short conversations (greeting, arrival,
/// problem) through one instance, printing its resident memory every 10,000. State lives in Redis, so the
/// process should level off after warm-up; growth after that is a leak (a cache or map keyed by conversation).
/// </summary>
internal static class MemoryFlatRun
{
    private const int TurnsPerConversation = 3;

    public static async Task<bool> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var redis = await RedisServer.StartNewAsync(new RedisServerSettings(Executable: options.RedisServer));
        await using var admin = await RespClient.ConnectAsync(redis.Port, cancellationToken);
        await using var sink = await TelegramSink.StartAsync();
        using var http = LoadHttpClient.Create(options.Connections, TimeSpan.FromSeconds(10));
        await using var bot = await WebHost.StartAsync("bot", options.BotDll, BenchRun.BotEnvironment(options, redis, sink), cancellationToken);
        var channel = options.Channel == "telegram" ? "telegram" : "botframework";
        ITurnDriver driver = channel == "telegram"
            ? new TelegramDriver(http, [bot.BaseAddress], sink, BenchRun.SecretToken)
            : new BotFrameworkDriver(http, [bot.BaseAddress]);

        log.WriteLine(Invariant($"Memory run: {options.Conversations} conversations of {TurnsPerConversation} turns on {channel}, {options.Connections} connections; bot ready in {bot.StartupToReady.TotalMilliseconds:0} ms, RSS {bot.Sample().RssBytes / 1048576.0:0} MB"));
        log.WriteLine("conversations   elapsed s   turns/s   bot RSS MB   bot peak MB   redis used MB   keys");
        var clock = Stopwatch.GetTimestamp();
        var rss = new List<(int Conversations, long Bytes)>();
        long lastTurns = 0;
        var lastTime = clock;
        var pool = new ShopperPool(options.Shoppers, "mem", options.Seed, TurnsPerConversation, keepAll: false);
        LoadResult? load = null;
        var settings = new LoadSettings(options.Connections, TimeSpan.Zero, TimeSpan.Zero, 0, options.Conversations, 10_000, async done =>
        {
            var sample = bot.Sample();
            var info = await admin.CallStringAsync("INFO", "memory") ?? "";
            var used = info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal))["used_memory:".Length..].Trim();
            var keys = await admin.CallLongAsync("DBSIZE");
            var now = Stopwatch.GetTimestamp();
            var turns = (long)done * TurnsPerConversation;
            var rate = (turns - lastTurns) / Stopwatch.GetElapsedTime(lastTime, now).TotalSeconds;
            (lastTurns, lastTime) = (turns, now);
            rss.Add((done, sample.RssBytes));
            log.WriteLine(Invariant($"{done,13}   {Stopwatch.GetElapsedTime(clock).TotalSeconds,9:0.0}   {rate,7:0}   {sample.RssBytes / 1048576.0,10:0.0}   {sample.PeakRssBytes / 1048576.0,11:0.0}   {long.Parse(used, CultureInfo.InvariantCulture) / 1048576.0,13:0.0}   {keys}"));
        });
        load = await ClosedLoop.RunAsync(driver, pool, settings, cancellationToken);

        log.WriteLine(Invariant($"errors: {load.Errors}"));
        if (rss.Count < 3)
        {
            log.WriteLine("Too few samples to judge (run at least 30,000 conversations).");
            return load.Errors.Total == 0;
        }

        // The first 20,000 conversations warm the process up (JIT, pools, GC heap sizing); compare what follows.
        var baseline = rss[Math.Min(1, rss.Count - 1)];
        var last = rss[^1];
        var growth = (last.Bytes - baseline.Bytes) / 1048576.0;
        var perThousand = growth / Math.Max(1, (last.Conversations - baseline.Conversations) / 1000.0);
        var flat = growth < 32 && perThousand < 0.4;
        log.WriteLine(Invariant($"RSS from {baseline.Conversations} to {last.Conversations} conversations: {growth:+0.0;-0.0} MB ({perThousand * 1024:0} KB per 1,000 conversations) -> {(flat ? "flat" : "GROWING")}"));
        return flat && load.Errors.Total == 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
