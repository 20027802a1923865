using System.Globalization;
using DisputeBot.Storage.DirectLine;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// Direct Line conversations in Redis, so any instance serves any conversation (see infra/redis/README.md): a hash and
/// a list per conversation in the conversation's own hash slot, expiring together after the idle timeout, and a sorted
/// set counting the open ones. Each append is published on one channel (the conversation id as message); every
/// instance subscribes once and wakes its own waiting streams.
/// </summary>
internal sealed class RedisDirectLineStore(
    IConnectionMultiplexer redis, IOptions<StateStoreOptions> options, DirectLineStoreLimits limits, DirectLineChangeSignals signals, TimeProvider time)
    : IDirectLineStore
{
    private const string Channel = "directline";

    private readonly IDatabase _database = redis.GetDatabase();
    private readonly string _prefix = options.Value.KeyPrefix;
    private readonly long _timeToLive = (long)limits.IdleTimeout.TotalMilliseconds;

    // The open-conversation set's score is refreshed at most this often per conversation (one extra call).
    private readonly long _touchInterval = Math.Max(1000, (long)limits.IdleTimeout.TotalMilliseconds / 100);
    private readonly Lock _subscribing = new();
    private Task? _subscribed;

    private RedisKey OpenSet => _prefix + "dl:open";

    private RedisChannel Changes => RedisChannel.Literal(_prefix + "dl:changed");

    public async Task<bool> CreateAsync(string conversationId, string userId, int limit, CancellationToken cancellationToken)
    {
        var now = Now();
        var admitted = await RedisFaults.Guard(_database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Admit, [OpenSet], [now, now - _timeToLive, limit, conversationId, _timeToLive])).ConfigureAwait(false);
        if ((int)admitted != 1)
        {
            return false;
        }

        await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisDirectLineScripts.Create, [Meta(conversationId)], [_timeToLive, userId, now])).ConfigureAwait(false);
        return true;
    }

    public async Task<DirectLineConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = Now();
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Find, [Meta(conversationId), Log(conversationId)], [_timeToLive, now, _touchInterval])).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var values = (RedisResult[])result!;
        if ((int)values[2] == 1)
        {
            await RedisFaults.Guard(_database.SortedSetAddAsync(OpenSet, conversationId, now)).ConfigureAwait(false);
        }

        return new DirectLineConversationInfo((string)values[0]!, (string?)values[1] == "1");
    }

    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisDirectLineScripts.MarkStarted, [Meta(conversationId)], [_timeToLive])).ConfigureAwait(false);
        return (int)result == 1;
    }

    public async Task<long?> AppendAsync(string conversationId, IReadOnlyList<byte[]> items, CancellationToken cancellationToken)
    {
        var arguments = new RedisValue[3 + items.Count];
        arguments[0] = _timeToLive;
        arguments[1] = limits.MaxItemsPerConversation;
        arguments[2] = limits.MaxBytesPerConversation;
        for (var i = 0; i < items.Count; i++)
        {
            arguments[3 + i] = items[i];
        }

        var result = (long)await RedisFaults.Guard(_database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Append, [Meta(conversationId), Log(conversationId)], arguments)).ConfigureAwait(false);
        if (result < 0)
        {
            return null;
        }

        // Readers here need not wait for the round trip; other instances hear it from Redis.
        signals.Signal(conversationId);
        await RedisFaults.Guard(_database.PublishAsync(Changes, conversationId)).ConfigureAwait(false);
        return result;
    }

    public async Task<DirectLineLogPage?> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        RedisValue mark = watermark is { } seen ? seen.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var result = await RedisFaults.Guard(_database.ScriptEvaluateAsync(
            RedisDirectLineScripts.Read, [Meta(conversationId), Log(conversationId)], [mark, _timeToLive])).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var values = (RedisResult[])result!;
        var items = new byte[values.Length - 2][];
        for (var i = 2; i < values.Length; i++)
        {
            items[i - 2] = (byte[])values[i]!;
        }

        return new DirectLineLogPage((long)values[0], (long)values[1], items);
    }

    public async Task EraseLogAsync(string conversationId, CancellationToken cancellationToken) =>
        await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisDirectLineScripts.Erase, [Meta(conversationId), Log(conversationId)])).ConfigureAwait(false);

    public Task WaitForChangeAsync(string conversationId, CancellationToken cancellationToken)
    {
        // Registered before subscribing completes: an append meanwhile still wakes this reader (it signals locally),
        // and one on another instance is caught by the reader's periodic re-read.
        var waiting = signals.WaitAsync(conversationId, cancellationToken);
        _ = EnsureSubscribedAsync();
        return waiting;
    }

    private async Task EnsureSubscribedAsync()
    {
        Task subscribing;
        lock (_subscribing)
        {
            if (_subscribed is null || _subscribed.IsFaulted || _subscribed.IsCanceled)
            {
                _subscribed = redis.GetSubscriber().SubscribeAsync(Changes, (_, message) => signals.Signal((string)message!));
            }

            subscribing = _subscribed;
        }

        try
        {
            await subscribing.ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsTransient(exception))
        {
            // Tried again by the next reader; meanwhile readers poll.
        }
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private RedisKey Meta(string conversationId) => _prefix + "dl:conv:" + RedisKeyLayout.HashTag(new ConversationKey(Channel, conversationId));

    private RedisKey Log(string conversationId) => _prefix + "dl:log:" + RedisKeyLayout.HashTag(new ConversationKey(Channel, conversationId));
}
