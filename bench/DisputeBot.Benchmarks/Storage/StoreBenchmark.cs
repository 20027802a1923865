using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Benchmarks.Storage;

/// <summary>
/// The Redis store under a steady load: 32 conversations, each turn a load then a conditional save of a realistic
/// ~1 KB record, for a fixed time; then, in the same run and on the same connection, the floor: a plain GET + SET
/// pair of the same bytes. `dotnet run -c Release --project bench/DisputeBot.Benchmarks -- store [seconds] [--aof]`.
/// </summary>
internal static class StoreBenchmark
{
    private const int Conversations = 32;

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 20;
        var appendOnly = args.Contains("--aof");
        var duration = TimeSpan.FromSeconds(seconds);

        await using var server = await RedisServer.StartNewAsync(new RedisServerSettings(Persistent: appendOnly, FsyncEverySecond: true));
        var connectionString = $"127.0.0.1:{server.Port},allowAdmin=true";
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionString.Parse(connectionString));
        var options = new StateStoreOptions { KeyPrefix = "bench:" };
        var store = new RedisConversationStore(connection, Options.Create(options));
        var database = connection.GetDatabase();
        using var admin = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var adminServer = admin.GetServer(admin.GetEndPoints()[0]);

        var payload = RealisticRecord();
        var keys = Enumerable.Range(0, Conversations).Select(i => new ConversationKey("msteams", $"29:1a{i:D4}-b;messageid=1@thread.tacv2")).ToArray();

        Console.WriteLine($"Redis store benchmark: {Conversations} concurrent conversations, {seconds} s per phase, payload {payload.Length} B, " +
            $"redis-server {adminServer.Version}{(appendOnly ? ", appendonly yes (everysec)" : ", no persistence")}, {Environment.ProcessorCount} cores");

        // Warm-up: connections, script cache, JIT.
        await RunPhaseAsync(TimeSpan.FromSeconds(2), i => StoreTurnAsync(store, keys[i], payload));
        await RunPhaseAsync(TimeSpan.FromSeconds(2), i => FloorTurnAsync(database, $"bench:floor:{i}", payload));

        var before = await CommandCallsAsync(adminServer);
        var storePhase = await RunPhaseAsync(duration, i => StoreTurnAsync(store, keys[i], payload));
        var middle = await CommandCallsAsync(adminServer);
        var floorPhase = await RunPhaseAsync(duration, i => FloorTurnAsync(database, $"bench:floor:{i}", payload));
        var after = await CommandCallsAsync(adminServer);

        var sample = new RedisKeyLayout(options.KeyPrefix).Conversation(keys[0]);
        var adminDb = admin.GetDatabase();
        var memory = (long)await adminDb.ExecuteAsync("MEMORY", "USAGE", sample, "SAMPLES", "0");
        var payloadBytes = (long)await adminDb.ExecuteAsync("HSTRLEN", sample, "payload");
        var encoding = (string?)await adminDb.ExecuteAsync("OBJECT", "ENCODING", sample);
        var floorMemory = (long)await adminDb.ExecuteAsync("MEMORY", "USAGE", "bench:floor:0", "SAMPLES", "0");

        Console.WriteLine();
        Console.WriteLine("| Per turn, 32 concurrent | Turns/s | Median | p99 | Round trips/turn | Commands |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Print("Store: load + conditional save (HMGET + EVALSHA)", storePhase, Delta(before, middle));
        Print("Floor: plain GET + SET, same bytes, same connection", floorPhase, Delta(middle, after));
        Console.WriteLine();
        Console.WriteLine($"Bytes per conversation: payload {payloadBytes} B; MEMORY USAGE of the conversation's hash {memory} B " +
            $"(encoding {encoding}, key {sample.Length} B); a plain string of the same payload {floorMemory} B.");
        if (storePhase.Conflicts > 0)
        {
            Console.WriteLine($"Unexpected: {storePhase.Conflicts} conflicting saves (each conversation has one writer).");
        }
    }

    private static async Task<bool> StoreTurnAsync(IConversationStore store, ConversationKey key, byte[] payload)
    {
        var loaded = await store.LoadAsync(key, CancellationToken.None);
        return await store.TrySaveAsync(key, payload, loaded?.ETag, CancellationToken.None) is not null;
    }

    private static async Task<bool> FloorTurnAsync(IDatabase database, string key, byte[] payload)
    {
        _ = await database.StringGetAsync(key);
        return await database.StringSetAsync(key, payload);
    }

    private static async Task<PhaseResult> RunPhaseAsync(TimeSpan duration, Func<int, Task<bool>> turn)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<long>[Conversations];
        var conflicts = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Conversations).Select(async i =>
        {
            await Task.Yield();
            var mine = latencies[i] = new List<long>(capacity: 1 << 16);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var begin = Stopwatch.GetTimestamp();
                if (!await turn(i))
                {
                    Interlocked.Increment(ref conflicts);
                }

                mine.Add(Stopwatch.GetTimestamp() - begin);
            }
        });
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new PhaseResult(
            all.Length,
            all.Length / elapsed.TotalSeconds,
            TimeSpan.FromSeconds((double)all[all.Length / 2] / Stopwatch.Frequency),
            TimeSpan.FromSeconds((double)all[(int)(all.Length * 0.99)] / Stopwatch.Frequency),
            conflicts);
    }

    private static void Print(string name, PhaseResult phase, Dictionary<string, long> commands)
    {
        // Commands a script runs inside Redis are counted by INFO too, but cost no round trip.
        string[] insideScript = ["hget", "hset", "pexpire", "select"];
        var issued = commands.Where(c => !insideScript.Contains(c.Key) && c.Key != "info").ToDictionary();
        var roundTrips = issued.Values.Sum() / (double)phase.Turns;
        var list = string.Join(", ", issued.Where(c => c.Value * 100 >= phase.Turns).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value / (double)phase.Turns:0.##}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {phase.TurnsPerSecond:N0} | {phase.Median.TotalMilliseconds:0.00} ms | {phase.P99.TotalMilliseconds:0.00} ms | {roundTrips:0.00} | {list} |"));
    }

    private static Dictionary<string, long> Delta(Dictionary<string, long> from, Dictionary<string, long> to) =>
        to.Select(t => (t.Key, Value: t.Value - from.GetValueOrDefault(t.Key))).Where(t => t.Value > 0).ToDictionary(t => t.Key, t => t.Value);

    private static async Task<Dictionary<string, long>> CommandCallsAsync(IServer server)
    {
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in await server.InfoAsync("commandstats"))
        {
            foreach (var entry in group)
            {
                // cmdstat_get -> calls=5,usec=...
                var name = entry.Key.Replace("cmdstat_", string.Empty, StringComparison.Ordinal);
                calls[name] = long.Parse(entry.Value.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture);
            }
        }

        return calls;
    }

    /// <summary>A conversation well into the dialog, with the buyer's own description: about 1 KB of JSON.</summary>
    private static byte[] RealisticRecord()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var dialog = new DialogState
        {
            Step = DialogStep.Evidence,
            Language = "en",
            PromptId = 14,
            Arrival = Arrival.Yes,
            CategoryId = "not_as_described",
            ProtectionEndsOn = new DateOnly(2026, 12, 9),
            ShippedOn = new DateOnly(2026, 10, 28),
            DeliveredOn = new DateOnly(2026, 11, 18),
            PaidOn = new DateOnly(2026, 10, 25),
            Payment = PaymentMethod.Card,
            EvidenceDone = ["photo_item", "photo_label", "screenshot_listing"],
            Details = string.Concat(Enumerable.Repeat("The jacket is a different colour and the size label says M, not L as ordered. ", 7)),
            StartedAt = now.AddDays(-2),
        };
        var record = new ConversationRecord
        {
            Dialog = dialog,
            RecentUpdates = [.. Enumerable.Range(0, 8).Select(i => UpdateFingerprint.Of($"f:1a2b3c4d-{i:D4}"))],
            Address = new ConversationAddress("msteams", "a:1Xyz0123456789abcdefghijklmnopqrstuvwxyz", "https://smba.trafficmanager.net/amer/", "28:00000000-0000-0000-0000-000000000000", "29:1a-b", "11111111-2222-3333-4444-555555555555"),
            LastActivity = now,
        };
        return ConversationRecordJson.Serialize(record);
    }

    private sealed record PhaseResult(int Turns, double TurnsPerSecond, TimeSpan Median, TimeSpan P99, int Conflicts);
}
