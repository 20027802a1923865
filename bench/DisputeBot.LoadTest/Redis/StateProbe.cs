using System.Text;
using System.Text.Json;

namespace DisputeBot.LoadTest.Redis;

/// <summary>Reads every stored conversation back from Redis (after a phase, with the load stopped).</summary>
internal static class StateProbe
{
    public static async Task<List<StoredConversation>> ReadAllAsync(RespClient redis, string pattern, int maxKeys = int.MaxValue)
    {
        var found = new List<StoredConversation>();
        var cursor = "0";
        do
        {
            var page = (object?[])(await redis.CallAsync("SCAN", cursor, "MATCH", pattern, "COUNT", "1000"))!;
            cursor = (string)page[0]!;
            foreach (var key in ((object?[])page[1]!).Cast<string>())
            {
                if (found.Count >= maxKeys)
                {
                    return found;
                }

                var stored = await ReadAsync(redis, key);
                if (stored is not null)
                {
                    found.Add(stored);
                }
            }
        }
        while (cursor != "0");

        return found;
    }

    private static async Task<StoredConversation?> ReadAsync(RespClient redis, string key)
    {
        var type = await redis.CallStringAsync("TYPE", key);
        string? payload = type switch
        {
            "string" => await redis.CallStringAsync("GET", key),
            // The bot's store keeps a hash per conversation; the state is its largest field ("payload").
            "hash" => ((object?[])(await redis.CallAsync("HGETALL", key))!).Where((_, i) => i % 2 == 1).Cast<string>().MaxBy(v => v.Length),
            _ => null,
        };
        if (payload is null)
        {
            return null;
        }

        var usage = await redis.CallLongAsync("MEMORY", "USAGE", key, "SAMPLES", "0");
        return new StoredConversation(key, Encoding.UTF8.GetByteCount(payload), usage, UpdateIds(payload));
    }

    /// <summary>The "u" list of the stored record (fingerprints of recent update ids, as text), or empty when the payload
    /// is not that JSON.</summary>
    private static List<string> UpdateIds(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("u", out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                return [.. ids.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText())];
            }
        }
        catch (JsonException)
        {
            // Not JSON (the floor's state is, but a future binary format would not be): no ids to check.
        }

        return [];
    }
}
