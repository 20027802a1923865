using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline over one redis-server, and what only its key space can show.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class RedisTurnPipelineTests(RedisServerFixture redis) : RedisTurnPipelineContract(redis.ConnectionString, "pipeline")
{
    [Fact]
    public async Task Forgetting_leaves_no_key_behind()
    {
        var store = await ConnectAsync(RedisServerFixture.UniquePrefix("forget"));
        var pipeline = NewPipeline(store.Store, new CountingDialog());
        await pipeline.RunAsync(Key, CountingDialog.Text("u1"), new ConversationAddress("msteams", Key.ConversationId, "https://smba.example/amer/"), default);
        Assert.NotEmpty(await redis.KeysAsync(store.Prefix));

        await pipeline.RunAsync(Key, CountingDialog.Text("u2", "/forget"), null, default);

        Assert.Empty(await redis.KeysAsync(store.Prefix));
    }
}
