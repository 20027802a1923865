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
/// <c>payload</c>) with a time to live refreshed on every save; a turn costs one HMGET and one EVALSHA (and, when its
/// replies went through the outbox, an HDEL not waited for).
/// Only the client's async API is used (and fire-and-forget, which returns at once): its sync calls block thread-pool
/// threads and starve the host under load.
/// </summary>
internal sealed class RedisConversationStore(IConnectionMultiplexer redis, IOptions<StateStoreOptions> options) : IConversationStore, IReplyOutbox
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
        var etag = NewETag();
        var result = await SaveAsync(key, [Condition(expectedETag), expectedETag ?? string.Empty, etag, AsArray(payload), _timeToLive]).ConfigureAwait(false);
        return (int)result == 1 ? etag : null;
    }

    public async Task<OutboxSave?> TrySaveAsync(ConversationKey key, ReadOnlyMemory<byte> payload, string? expectedETag, OutboxEntry replies, TimeSpan lease, CancellationToken cancellationToken)
    {
        var etag = NewETag();
        var result = await SaveAsync(key, [Condition(expectedETag), expectedETag ?? string.Empty, etag, AsArray(payload), _timeToLive,
            replies.Sequence, AsArray(replies.Payload), (long)lease.TotalMilliseconds]).ConfigureAwait(false);
        if (result.Resp2Type != ResultType.Array)
        {
            return null;
        }

        // [own claimed, then sequence, batch, delivered of each older batch claimed]
        var values = (RedisResult[])result!;
        var claimed = ReadEntries(values, 1);
        if ((int)values[0] == 1)
        {
            claimed.Add(replies);
        }

        return new OutboxSave(etag, claimed);
    }

    /// <remarks>The client sends EVALSHA and, should the server have forgotten the script (restart, failover), EVAL.</remarks>
    private Task<RedisResult> SaveAsync(ConversationKey key, RedisValue[] arguments) =>
        RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisSaveScript.Source, [_keys.Conversation(key), _keys.Outbox(key)], arguments));

    private static string Condition(string? expectedETag) => expectedETag switch
    {
        null => RedisSaveScript.IfAbsent,
        "*" => RedisSaveScript.Always,
        _ => RedisSaveScript.IfMatch,
    };

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        // Everything stored about a conversation: its state and its unsent replies (see infra/redis/README.md).
        await RedisFaults.Guard(_database.KeyDeleteAsync([_keys.Conversation(key), _keys.Outbox(key)])).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ConversationKey key, TimeSpan lease, CancellationToken cancellationToken)
    {
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisOutboxScripts.Claim, [_keys.Outbox(key)], [(long)lease.TotalMilliseconds])).ConfigureAwait(false);
        return ReadEntries((RedisResult[])result!, 0);
    }

    /// <remarks>Not waited for (fire and forget): the next command on the connection, this chat's next turn included,
    /// is only run after it. Were it lost, the batch would be sent again after its lease: at least once, never lost.</remarks>
    public Task MarkSentAsync(ConversationKey key, long sequence, CancellationToken cancellationToken)
    {
        var id = sequence.ToString(CultureInfo.InvariantCulture);
        try
        {
            _database.HashDelete(_keys.Outbox(key), ["b:" + id, "d:" + id, "n:" + id], CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (RedisFaults.IsTransient(exception))
        {
            throw RedisFaults.Unavailable(exception);
        }

        return Task.CompletedTask;
    }

    public async Task ReleaseAsync(ConversationKey key, long sequence, int delivered, TimeSpan delay, CancellationToken cancellationToken) =>
        await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisOutboxScripts.Release, [_keys.Outbox(key)], [sequence, delivered, (long)delay.TotalMilliseconds])).ConfigureAwait(false);

    /// <summary>Sequence, batch, delivered, ... as the scripts return them, from <paramref name="start"/>.</summary>
    private static List<OutboxEntry> ReadEntries(RedisResult[] values, int start)
    {
        var entries = new List<OutboxEntry>((values.Length - start) / 3 + 1);
        for (var i = start; i + 2 < values.Length; i += 3)
        {
            entries.Add(new OutboxEntry((long)values[i], (byte[])values[i + 1]!, (int)values[i + 2]));
        }

        return entries;
    }

    public async Task<IReadOnlyList<ConversationKey>> FindPendingAsync(int limit, CancellationToken cancellationToken)
    {
        // SCAN on every master (on a cluster each holds its own slots); outbox keys exist only while replies wait.
        var pattern = EscapeGlob(_keys.Prefix + RedisKeyLayout.OutboxFamily) + "*";
        var found = new List<ConversationKey>();
        try
        {
            foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
            {
                await foreach (var outboxKey in server.KeysAsync(pattern: pattern, pageSize: 1000).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    // A key the layout cannot read was not written by this bot: left alone.
                    if (_keys.TryReadOutbox(outboxKey.ToString(), out var key))
                    {
                        found.Add(key);
                    }

                    if (found.Count >= limit)
                    {
                        return found;
                    }
                }
            }
        }
        catch (Exception exception) when (RedisFaults.IsTransient(exception))
        {
            throw RedisFaults.Unavailable(exception);
        }

        return found;
    }

    private static string EscapeGlob(string text) =>
        string.Concat(text.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? "\\" + c : c.ToString()));

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
