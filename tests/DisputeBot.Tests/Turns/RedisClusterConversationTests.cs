using DisputeBot.Dialog.Conversation;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Turns;

/// <summary>A whole conversation with the real dialog, through the host configured with every node of a real Redis
/// Cluster in <c>ConnectionStrings:Redis</c>, as infra/redis/README.md shows.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterConversationTests(RedisClusterFixture redis)
{
    [Fact]
    public async Task A_buyer_talks_the_conversation_through_and_every_turn_is_saved_on_the_cluster()
    {
        var prefix = RedisServerFixture.UniquePrefix("cluster-conversation");
        await using var factory = new TestHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["State:KeyPrefix"] = prefix,
        });
        var pipeline = factory.Services.GetRequiredService<TurnPipeline>();
        var store = factory.Services.GetRequiredService<IConversationStore>();
        var key = new ConversationKey("telegram", "cluster-buyer");

        // The buyer opens the chat, says what is wrong, then always presses the first button offered.
        var started = await pipeline.RunAsync(key, new Turn("u0", "buyer", "en", new ConversationStartedInput()), null, default);
        Assert.Equal(TurnOutcome.Answered, started.Outcome);
        var replies = started.Replies;
        var turns = 1;
        for (; turns < 12; turns++)
        {
            TurnInput input = replies.OfType<ChoicesReply>().LastOrDefault() is { Choices.Count: > 0 } question
                ? new ChoiceInput(question.Choices[0].Id, question.PromptId)
                : new TextInput("My package never arrived and the protection timer is running out.");
            var result = await pipeline.RunAsync(key, new Turn($"u{turns}", "buyer", "en", input), null, default);

            Assert.Equal(TurnOutcome.Answered, result.Outcome);
            Assert.NotEmpty(result.Replies);
            replies = result.Replies;
        }

        var stored = await store.LoadAsync(key, default);
        Assert.NotNull(stored);
        var record = ConversationRecordJson.Deserialize(stored.Payload.Span)!;
        Assert.Equal(turns, record.RecentUpdates.Count);
        Assert.Equal(UpdateFingerprint.Of($"u{turns - 1}"), record.RecentUpdates[^1]);

        // Everything kept about the conversation is in one hash slot, so one script can touch it all.
        var keys = await redis.KeysAsync(prefix);
        Assert.NotEmpty(keys);
        var slots = await Task.WhenAll(keys.Select(redis.Cluster.KeySlotAsync));
        Assert.Single(slots.Distinct());
    }
}
