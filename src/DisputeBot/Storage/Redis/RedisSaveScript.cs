namespace DisputeBot.Storage.Redis;

/// <summary>
/// The conditional save, as one Lua script so that the ETag check and the write are atomic and cost one round trip
/// (EVALSHA once the server knows the script). It touches one key only, so it runs on Redis Cluster as is.
/// </summary>
internal static class RedisSaveScript
{
    /// <summary>Save only if nothing is stored.</summary>
    public const string IfAbsent = "absent";

    /// <summary>Save only if the stored ETag equals ARGV[2].</summary>
    public const string IfMatch = "match";

    /// <summary>Save whatever is stored.</summary>
    public const string Always = "any";

    /// <summary>KEYS[1] the conversation hash, KEYS[2] its outbox hash (same slot). ARGV: condition, expected ETag,
    /// new ETag, payload, time to live (ms), then optionally the replies: sequence, batch, lease (ms), channel,
    /// conversation id. Returns 1 when written, 0 on a conflict. Everything runs together or not at all, so a stored
    /// state never lacks its ETag, its expiry or its replies. Due times are the server's clock (TIME), so the bot
    /// instances' clocks need not agree.</summary>
    public const string Source = """
        local current = redis.call('HGET', KEYS[1], 'etag')
        local condition = ARGV[1]
        if condition == 'absent' then
          if current then return 0 end
        elseif condition == 'match' then
          if current ~= ARGV[2] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'payload', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        if ARGV[6] then
          local t = redis.call('TIME')
          local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
          redis.call('HSET', KEYS[2], 'ch', ARGV[9], 'id', ARGV[10], 'b:' .. ARGV[6], ARGV[7], 'd:' .. ARGV[6], now + tonumber(ARGV[8]), 'n:' .. ARGV[6], 0)
          redis.call('PEXPIRE', KEYS[2], ARGV[5])
        end
        return 1
        """;
}
