namespace DisputeBot.Storage.Redis;

/// <summary>
/// The outbox operations on one conversation's outbox hash that need a script: each is atomic across instances, and
/// it runs on Redis Cluster as is. The hash holds per batch <c>b:&lt;seq&gt;</c> (the replies), <c>d:&lt;seq&gt;</c>
/// (due, server ms) and <c>n:&lt;seq&gt;</c> (how many already delivered); marking a batch sent is a plain HDEL of its
/// three fields, and Redis removes the hash with its last field.
/// </summary>
internal static class RedisOutboxScripts
{
    /// <summary>Lua: <c>now</c>, the server's clock in ms, so the bot instances' clocks need not agree.</summary>
    public const string Now = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

        """;

    /// <summary>Lua: <c>claim_due(outbox, now, due, into)</c> claims the outbox's due batches in order until the first
    /// not due, giving each the due time <c>due</c> (the lease) and appending its sequence, batch and delivered count
    /// to <c>into</c>; false when it stopped at a batch not due.</summary>
    public const string ClaimDue = """
        local function claim_due(outbox, now, due, into)
          local sequences = {}
          for _, field in ipairs(redis.call('HKEYS', outbox)) do
            if string.sub(field, 1, 2) == 'b:' then table.insert(sequences, tonumber(string.sub(field, 3))) end
          end
          table.sort(sequences)
          for _, s in ipairs(sequences) do
            local id = string.format('%d', s)
            if tonumber(redis.call('HGET', outbox, 'd:' .. id)) > now then return false end
            redis.call('HSET', outbox, 'd:' .. id, due)
            table.insert(into, id)
            table.insert(into, redis.call('HGET', outbox, 'b:' .. id))
            table.insert(into, redis.call('HGET', outbox, 'n:' .. id))
          end
          return true
        end

        """;

    /// <summary>KEYS[1] the outbox. ARGV: lease (ms). Returns sequence, batch, delivered, ... of the claimed batches.</summary>
    public const string Claim = ClaimDue + Now + """
        local claimed = {}
        claim_due(KEYS[1], now, now + tonumber(ARGV[1]), claimed)
        return claimed
        """;

    /// <summary>KEYS[1] the outbox. ARGV: sequence, delivered, delay (ms). Sets when the batch may be claimed again.</summary>
    public const string Release = Now + """
        if redis.call('HEXISTS', KEYS[1], 'b:' .. ARGV[1]) == 1 then
          redis.call('HSET', KEYS[1], 'd:' .. ARGV[1], now + tonumber(ARGV[3]), 'n:' .. ARGV[1], ARGV[2])
        end
        return 1
        """;
}
