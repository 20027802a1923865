namespace DisputeBot.Storage.Redis;

/// <summary>
/// The Direct Line store's scripts. KEYS[1] is the conversation's hash (<c>user</c>, <c>started</c>, <c>first</c>,
/// <c>next</c>, <c>bytes</c>, <c>touched</c>) and KEYS[2] its log (a list of activity JSON): one hash tag, one slot.
/// Every script that finds the conversation refreshes both keys' time to live (ARGV[1], ms): they expire together.
/// </summary>
internal static class RedisDirectLineScripts
{
    /// <summary>KEYS[1] the set of open conversations (score: last touched, ms). ARGV: now, idle cutoff, limit, id,
    /// time to live. Forgets the expired members, then adds the conversation if fewer than the limit remain: 1, else 0.</summary>
    public const string Admit = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
        redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    /// <summary>ARGV: time to live, user, now. Writes a new conversation.</summary>
    public const string Create = """
        redis.call('HSET', KEYS[1], 'user', ARGV[2], 'started', '0', 'first', '0', 'next', '0', 'bytes', '0', 'touched', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """;

    /// <summary>ARGV: time to live, now, touch interval. Returns nil when gone, else {user, started, touched}:
    /// touched is 1 when the conversation's last touch was at least the interval ago (the caller then refreshes its
    /// score in the set of open conversations, which lives in another slot).</summary>
    public const string Find = """
        local v = redis.call('HMGET', KEYS[1], 'user', 'started', 'touched')
        if not v[1] then return false end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        local touched = 0
        if tonumber(ARGV[2]) - tonumber(v[3] or '0') >= tonumber(ARGV[3]) then
          redis.call('HSET', KEYS[1], 'touched', ARGV[2])
          touched = 1
        end
        return {v[1], v[2], touched}
        """;

    /// <summary>ARGV: time to live. Returns -1 when gone, 1 for the first caller, else 0.</summary>
    public const string MarkStarted = """
        local started = redis.call('HGET', KEYS[1], 'started')
        if not started then return -1 end
        if started == '1' then return 0 end
        redis.call('HSET', KEYS[1], 'started', '1')
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """;

    /// <summary>ARGV: time to live, max items, max bytes, then the items. Appends them, drops the oldest beyond the
    /// limits, and returns the number of the first appended, or -1 when the conversation is gone.</summary>
    public const string Append = """
        local v = redis.call('HMGET', KEYS[1], 'first', 'next', 'bytes')
        if not v[2] then return -1 end
        local first, nextSeq, bytes = tonumber(v[1]), tonumber(v[2]), tonumber(v[3])
        local appended = nextSeq
        for i = 4, #ARGV do
          redis.call('RPUSH', KEYS[2], ARGV[i])
          bytes = bytes + #ARGV[i]
          nextSeq = nextSeq + 1
        end
        local maxItems, maxBytes = tonumber(ARGV[2]), tonumber(ARGV[3])
        local count = nextSeq - first
        while count > 0 and (count > maxItems or bytes > maxBytes) do
          bytes = bytes - #redis.call('LPOP', KEYS[2])
          first = first + 1
          count = count - 1
        end
        redis.call('HSET', KEYS[1], 'first', first, 'next', nextSeq, 'bytes', bytes)
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[1])
        return appended
        """;

    /// <summary>ARGV: the watermark or '', time to live. Returns nil when gone, else {first of the page, next,
    /// items...}. Reading keeps the conversation (an open stream reads at every keep-alive).</summary>
    public const string Read = """
        local v = redis.call('HMGET', KEYS[1], 'first', 'next')
        if not v[2] then return false end
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        local first, nextSeq = tonumber(v[1]), tonumber(v[2])
        local from = first
        if ARGV[1] ~= '' then from = math.max(tonumber(ARGV[1]) + 1, first) end
        if from > nextSeq then from = nextSeq end
        local result = {from, nextSeq}
        if from < nextSeq then
          local items = redis.call('LRANGE', KEYS[2], from - first, -1)
          for i = 1, #items do result[#result + 1] = items[i] end
        end
        return result
        """;

    /// <summary>Empties the log; numbering goes on.</summary>
    public const string Erase = """
        local nextSeq = redis.call('HGET', KEYS[1], 'next')
        redis.call('DEL', KEYS[2])
        if nextSeq then redis.call('HSET', KEYS[1], 'first', nextSeq, 'bytes', '0') end
        return 1
        """;
}
