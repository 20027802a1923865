using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// Conversation state in Redis, shared by every bot instance. One hash per conversation (fields <c>etag</c>,
/// <c>payload</c>) with a time to live refreshed on every save; a turn costs one HMGET and one EVALSHA.
/// Only the client's async API is used: its sync calls block thread-pool threads and starve the host under load.
/// </summary>
internal sealed class RedisConversationStore(IConnectionMultiplexer redis, IOptions<StateStoreOptions> options) : IConversationStore
{
    private static readonly RedisValue[] Fields = ["etag", "payload"];

    private readonly IDatabase _database = redis.GetDatabase();
    private readonly RedisKeyLayout _keys = new(options.Value.KeyPrefix);
    private readonly RedisValue _timeToLive = ((long)options.Value.TimeToLive.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    public async Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var values = await RedisFaults.Guard(_database.HashGetAsync(_keys.Conversation(key), Fields)).ConfigureAwait(false);
        var (etag, payload) = (values[0], values[1]);
        if (etag.IsNull && payload.IsNull)
        {
            return null;
        }

        // Both fields are always written together; a hash missing one (edited by hand) reads as unreadable state,
        // which the pipeline replaces with a save conditional on this ETag.
        return new StoredState(payload.IsNull ? ReadOnlyMemory<byte>.Empty : (byte[])payload!, etag.IsNull ? string.Empty : (string)etag!);
    }

    public async Task<string?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
    {
        var condition = expectedETag switch
        {
            null => RedisSaveScript.IfAbsent,
            "*" => RedisSaveScript.Always,
            _ => RedisSaveScript.IfMatch,
        };
        var etag = NewETag();
        RedisKey[] keys = [_keys.Conversation(key)];
        RedisValue[] arguments = [condition, expectedETag ?? string.Empty, etag, AsArray(payload), _timeToLive];

        // The client sends EVALSHA and, should the server have forgotten the script (restart, failover), EVAL.
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisSaveScript.Source, keys, arguments)).ConfigureAwait(false);
        return (int)result == 1 ? etag : null;
    }

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        // Everything stored about a conversation is this one key (see infra/redis/README.md).
        await RedisFaults.Guard(_database.KeyDeleteAsync(_keys.Conversation(key))).ConfigureAwait(false);
    }

    /// <summary>Random once per process, so instances (and restarts) never share a prefix and an old ETag never
    /// matches a newer write; the counter makes each save's unique.</summary>
    private static readonly long ETagPrefix = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8));

    private static long _etagCounter;

    /// <remarks>An ETag only has to differ from every other; a cryptographic random per save cost about 3 % of the
    /// host's CPU under load.</remarks>
    private static string NewETag()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, ETagPrefix);
        BitConverter.TryWriteBytes(bytes[8..], Interlocked.Increment(ref _etagCounter));
        return Base64Url.EncodeToString(bytes);
    }

    private static byte[] AsArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();
}
