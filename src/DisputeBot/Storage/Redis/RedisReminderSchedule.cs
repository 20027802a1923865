using System.Globalization;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>
/// The reminder schedule in Redis, shared by every instance and kept across restarts (see infra/redis/README.md).
/// Conversations are spread over <see cref="Shards"/> shards by a stable hash of their key; each shard is three keys
/// under one hash tag (<c>{prefix}rem:{r07}:due</c>, <c>:lease</c>, <c>:ver</c>), so every script touches one slot and
/// the shards spread over a cluster's masters. A sweep looks at every shard.
/// </summary>
internal sealed class RedisReminderSchedule(IConnectionMultiplexer redis, IOptions<StateStoreOptions> options) : IReminderSchedule
{
    /// <summary>Enough shards to spread over a cluster's masters; few enough that a sweep of all stays cheap.</summary>
    public const int Shards = 16;

    private readonly IDatabase _database = redis.GetDatabase();
    private readonly RedisKey[][] _shardKeys = [.. Enumerable.Range(0, Shards).Select(i => ShardKeys(options.Value.KeyPrefix, i))];

    public async Task WakeAsync(ConversationKey key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var member = Member(key);
        await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisReminderScripts.Wake, _shardKeys[Shard(member)], [member, at.ToUnixTimeMilliseconds()])).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReminderClaim>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claimed = new List<ReminderClaim>();
        var first = Random.Shared.Next(Shards);

        // Starting at a random shard, so instances sweeping at the same moment do not all queue on the same one.
        for (var i = 0; i < Shards && claimed.Count < limit; i++)
        {
            var keys = _shardKeys[(first + i) % Shards];
            RedisValue[] arguments = [now.ToUnixTimeMilliseconds(), (long)lease.TotalMilliseconds, limit - claimed.Count];
            var result = (RedisResult[])(await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisReminderScripts.Claim, keys, arguments)).ConfigureAwait(false))!;
            for (var j = 0; j + 1 < result.Length; j += 2)
            {
                if (Parse((string)result[j]!) is { } key)
                {
                    claimed.Add(new ReminderClaim(key, long.Parse((string)result[j + 1]!, CultureInfo.InvariantCulture)));
                }
            }
        }

        return claimed;
    }

    public async Task FinishAsync(ReminderClaim claim, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var member = Member(claim.Key);
        RedisValue[] arguments = [member, claim.Version, next is { } at ? at.ToUnixTimeMilliseconds() : string.Empty];
        await RedisFaults.Guard(_database.ScriptEvaluateAsync(RedisReminderScripts.Finish, _shardKeys[Shard(member)], arguments)).ConfigureAwait(false);
    }

    /// <summary>"8:telegram4101": the channel's length, the channel, the conversation id. Any characters, read back
    /// exactly.</summary>
    internal static string Member(ConversationKey key) =>
        string.Create(CultureInfo.InvariantCulture, $"{key.Channel.Length}:{key.Channel}{key.ConversationId}");

    internal static ConversationKey? Parse(string member)
    {
        var colon = member.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && int.TryParse(member.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && colon + 1 + length <= member.Length
            ? new ConversationKey(member.Substring(colon + 1, length), member[(colon + 1 + length)..])
            : null;
    }

    /// <summary>A stable hash (FNV-1a over the UTF-16 code units): the same shard on every instance and every run.</summary>
    internal static int Shard(string member)
    {
        var hash = 2166136261u;
        foreach (var c in member)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    private static RedisKey[] ShardKeys(string prefix, int shard)
    {
        var tag = string.Create(CultureInfo.InvariantCulture, $"{prefix}rem:{{r{shard:D2}}}:");
        return [tag + "due", tag + "lease", tag + "ver"];
    }
}
