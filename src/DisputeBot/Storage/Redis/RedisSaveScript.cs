namespace DisputeBot.Storage.Redis;

/// <summary>
/// The conditional save, as one Lua script so that the ETag check and the write are atomic and cost one round trip
/// (EVALSHA once the server knows the script). Its keys share one hash tag, so it runs on Redis Cluster as is.
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
    /// new ETag, payload, time to live (ms), then optionally the turn's replies: sequence, batch, lease (ms).
    /// Returns 0 on a conflict, 1 when saved without replies. With replies it also claims what this instance should
    /// send now, so that a turn needs no second call: it returns 1 when the new batch is claimed (0 when it waits
    /// behind an older batch not yet due), then sequence, batch and delivered count of each older due batch, in order.
    /// Everything runs together or not at all, so a stored state never lacks its ETag, its expiry or its replies.</summary>
    public const string Source = RedisOutboxScripts.ClaimDue + """
        local current = redis.call('HGET', KEYS[1], 'etag')
        local condition = ARGV[1]
        if condition == 'absent' then
          if current then return 0 end
        elseif condition == 'match' then
          if current ~= ARGV[2] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'payload', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        if not ARGV[6] then return 1 end

        """ + RedisOutboxScripts.Now + """
        local due = now + tonumber(ARGV[8])
        local result = {1}
        if not claim_due(KEYS[2], now, due, result) then result[1] = 0 end
        redis.call('HSET', KEYS[2], 'b:' .. ARGV[6], ARGV[7], 'd:' .. ARGV[6], due, 'n:' .. ARGV[6], 0)
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        return result
        """;
}
