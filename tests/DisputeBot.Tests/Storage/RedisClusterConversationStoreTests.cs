using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Storage;

/// <summary>The store contract against a real three-master Redis Cluster: every script and read lands on the master
/// that owns the conversation's slot.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterConversationStoreTests(RedisClusterFixture redis) : RedisConversationStoreContract(redis.ConnectionString, "cluster")
{
    [Fact]
    public async Task Conversations_spread_over_the_masters()
    {
        for (var i = 0; i < 30; i++)
        {
            await Store.TrySaveAsync(new ConversationKey("telegram", $"chat-{i}"), Bytes("state"), null, default);
        }

        var slots = await Task.WhenAll((await redis.KeysAsync(Prefix)).Select(redis.Cluster.KeySlotAsync));

        // 16384 slots in three ranges: thirty conversations on one master would mean the hash tag is not the id.
        Assert.Equal(30, slots.Length);
        Assert.True(slots.Select(s => s * 3 / 16384).Distinct().Count() > 1, "every conversation landed on one master");
    }
}
