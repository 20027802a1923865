namespace DisputeBot.Storage.Redis;

/// <summary>
/// The reminder schedule's operations, each one Lua script on one shard's three keys (same hash tag, same slot), so a
/// claim is atomic across instances and it runs on Redis Cluster as is. KEYS: the shard's wake-up sorted set (member:
/// the conversation, score: wake-up ms), its lease sorted set (score: lease end ms) and its version hash (member → how
/// many wake-ups were written). Times are the calling instance's clock (ms since the epoch).
/// </summary>
internal static class RedisReminderScripts
{
    /// <summary>ARGV: member, wake-up ms. Counts the write and keeps the earlier wake-up.</summary>
    public const string Wake = """
        redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
        local current = redis.call('ZSCORE', KEYS[1], ARGV[1])
        if (not current) or tonumber(ARGV[2]) < tonumber(current) then redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1]) end
        return 1
        """;

    /// <summary>ARGV: now ms, lease ms, limit. Returns member, version, ... of the due conversations it leased; a due
    /// one still leased by another instance is left alone.</summary>
    public const string Claim = """
        local now = tonumber(ARGV[1])
        local limit = tonumber(ARGV[3])
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, limit * 4)
        local claimed = {}
        local count = 0
        for _, member in ipairs(due) do
          if count >= limit then break end
          local held = redis.call('ZSCORE', KEYS[2], member)
          if (not held) or tonumber(held) <= now then
            redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), member)
            table.insert(claimed, member)
            table.insert(claimed, redis.call('HGET', KEYS[3], member) or '0')
            count = count + 1
          end
        end
        return claimed
        """;

    /// <summary>ARGV: member, version at the claim, next wake-up ms or ''. Ends the lease; with no wake-up written
    /// since the claim, sets the next one (or removes the conversation); otherwise keeps the earlier of the two.</summary>
    public const string Finish = """
        redis.call('ZREM', KEYS[2], ARGV[1])
        local version = redis.call('HGET', KEYS[3], ARGV[1]) or '0'
        if version == ARGV[2] then
          if ARGV[3] == '' then
            redis.call('ZREM', KEYS[1], ARGV[1])
            redis.call('HDEL', KEYS[3], ARGV[1])
          else
            redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
          end
        elseif ARGV[3] ~= '' then
          local current = redis.call('ZSCORE', KEYS[1], ARGV[1])
          if (not current) or tonumber(ARGV[3]) < tonumber(current) then redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1]) end
        end
        return 1
        """;
}
