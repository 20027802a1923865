using System.Globalization;

namespace DisputeBot.LoadTest.Redis;

/// <summary>Calls per Redis command, from <c>INFO commandstats</c> (reset with <c>CONFIG RESETSTAT</c>).</summary>
internal static class CommandStats
{
    public static async Task ResetAsync(RespClient redis) => await redis.CallAsync("CONFIG", "RESETSTAT");

    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(RespClient redis)
    {
        var info = await redis.CallStringAsync("INFO", "commandstats") ?? "";
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries))
        {
            // cmdstat_get:calls=123,usec=456,usec_per_call=3.7,rejected_calls=0,failed_calls=0
            if (!line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line["cmdstat_".Length..colon];
            foreach (var part in line[(colon + 1)..].Split(','))
            {
                if (part.StartsWith("calls=", StringComparison.Ordinal))
                {
                    calls[name] = long.Parse(part["calls=".Length..], CultureInfo.InvariantCulture);
                }
            }
        }

        return calls;
    }

    /// <summary>Commands a client sends itself; when a script runs, the writes it makes (hset, pexpire...) are not.</summary>
    public static bool IsRoundTripCommand(string command) =>
        command is "get" or "mget" or "hget" or "hmget" or "hgetall" or "evalsha" or "eval" or "exists" or "ttl" or "pttl"
            // The outbox's mark-sent: sent by the bot without waiting for the answer, but a command of its own.
            or "hdel";

    /// <summary>The harness's own commands (INFO, CONFIG, SCAN...) and health checks, left out of per-turn figures.</summary>
    public static bool IsHarnessOrHealth(string command) =>
        command is "info" or "config|resetstat" or "config" or "scan" or "type" or "hget" or "hgetall" or "memory|usage" or "memory"
            or "strlen" or "hstrlen" or "ping" or "flushall" or "dbsize" or "client|setname" or "client" or "cluster" or "echo"
            or "subscribe" or "unsubscribe" or "config|get" or "script|load" or "script";
}
