namespace DisputeBot.Storage.Redis;

/// <summary>
/// The outbox operations, each one Lua script on one conversation's outbox hash (KEYS[1]), so claiming is atomic
/// across instances and it runs on Redis Cluster as is. The hash holds <c>ch</c> and <c>id</c> (whose conversation)
/// and per batch <c>b:&lt;seq&gt;</c> (the replies), <c>d:&lt;seq&gt;</c> (due, server ms) and <c>n:&lt;seq&gt;</c>
/// (how many already delivered). It disappears with its last batch.
/// </summary>
internal static class RedisOutboxScripts
{
    private const string Now = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        """;

    /// <summary>ARGV: own sequence (or ''), lease (ms). Returns sequence, batch, delivered, ... of the claimed batches
    /// in order: every due one and the own one, stopping at the first not due.</summary>
    public const string Claim = Now + """
        local sequences = {}
        for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
          if string.sub(field, 1, 2) == 'b:' then table.insert(sequences, tonumber(string.sub(field, 3))) end
        end
        table.sort(sequences)
        local claimed = {}
        for _, s in ipairs(sequences) do
          local id = string.format('%d', s)
          if tonumber(redis.call('HGET', KEYS[1], 'd:' .. id)) > now and id ~= ARGV[1] then break end
          redis.call('HSET', KEYS[1], 'd:' .. id, now + tonumber(ARGV[2]))
          table.insert(claimed, id)
          table.insert(claimed, redis.call('HGET', KEYS[1], 'b:' .. id))
          table.insert(claimed, redis.call('HGET', KEYS[1], 'n:' .. id))
        end
        return claimed
        """;

    /// <summary>ARGV: sequence. Removes the batch, and the hash with its last batch.</summary>
    public const string MarkSent = """
        redis.call('HDEL', KEYS[1], 'b:' .. ARGV[1], 'd:' .. ARGV[1], 'n:' .. ARGV[1])
        if redis.call('HLEN', KEYS[1]) <= 2 then redis.call('DEL', KEYS[1]) end
        return 1
        """;

    /// <summary>ARGV: sequence, delivered, delay (ms). Sets when the batch may be claimed again.</summary>
    public const string Release = Now + """
        if redis.call('HEXISTS', KEYS[1], 'b:' .. ARGV[1]) == 1 then
          redis.call('HSET', KEYS[1], 'd:' .. ARGV[1], now + tonumber(ARGV[3]), 'n:' .. ARGV[1], ARGV[2])
        end
        return 1
        """;
}
