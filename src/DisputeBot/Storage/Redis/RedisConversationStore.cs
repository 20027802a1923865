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
internal sealed class RedisConversationStore(RedisConnection connection, IOptions<StateStoreOptions> options) : IConversationStore
{
    private static readonly RedisValue[] Fields = ["etag", "payload"];

    private readonly RedisKeyLayout _keys = new(options.Value.KeyPrefix);
    private readonly RedisValue _timeToLive = ((long)options.Value.TimeToLive.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    public async Task<StoredState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisValue[] values;
        try
        {
            values = await RedisFaults.Limit(database.HashGetAsync(_keys.Conversation(key), Fields), connection.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsTransient(exception))
        {
            throw RedisFaults.Unavailable(exception);
        }

        var (etag, payload) = (values[0], values[1]);
        if (etag.IsNull && payload.IsNull)
        {
            return null;
        }

        // Both fields are always written together; a hash missing one (edited by hand) reads as unreadable state,
        // which the pipeline replaces with a save conditional on this ETag.
        return new StoredState(payload.IsNull ? ReadOnlyMemory<byte>.Empty : (byte[])payload, etag.IsNull ? string.Empty : (string)etag);
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

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        RedisResult result;
        try
        {
            result = await RedisFaults.Limit(Evaluate(database, keys, arguments), connection.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (RedisFaults.IsMissingScript(exception))
        {
            // The server forgot the script (restart, failover) and did not run it; the client has dropped its
            // cache entry, so this one retry loads it again.
            result = await RedisFaults.Guard(Evaluate(database, keys, arguments), connection.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsTransient(exception))
        {
            throw RedisFaults.Unavailable(exception);
        }

        return (int)result == 1 ? etag : null;
    }

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        // Everything stored about a conversation is this one key (see infra/redis/README.md).
        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RedisFaults.Guard(database.KeyDeleteAsync(_keys.Conversation(key)), connection.OperationTimeout, cancellationToken).ConfigureAwait(false);
    }

    private static Task<RedisResult> Evaluate(IDatabase database, RedisKey[] keys, RedisValue[] arguments) =>
        // The client sends SCRIPT LOAD once per server, then EVALSHA with the script's hash.
        database.ScriptEvaluateAsync(RedisSaveScript.Source, keys, arguments);

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
