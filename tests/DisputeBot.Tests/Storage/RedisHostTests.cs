using System.Net;
using System.Runtime.CompilerServices;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Storage;
using DisputeBot.Storage.Redis;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Tests.Turns;
using DisputeBot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Storage;

/// <summary>The whole host with <c>ConnectionStrings:Redis</c>: which store it picks, how it reports a bad setting,
/// and readiness following Redis.</summary>
public sealed class RedisHostTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Without_a_redis_connection_string_the_host_keeps_state_in_memory_and_is_ready()
    {
        using var factory = Host(redis: null);
        using var client = factory.CreateClient();

        Assert.IsType<InMemoryConversationStore>(factory.Services.GetRequiredService<IConversationStore>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("localhost:6379,noSuchOption=1")]
    [InlineData("localhost:6379,syncTimeout=soon")]
    [InlineData("localhost:notaport")]
    [InlineData("redis://user:secret@localhost:6379")]
    [InlineData(",,")]
    [InlineData("   ")]
    public void A_malformed_redis_connection_string_stops_start_up_naming_the_setting(string connectionString)
    {
        using var factory = Host(connectionString);

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        var messages = Chain(exception).Select(e => e.Message).ToList();
        Assert.True(messages.Any(m => m.Contains("ConnectionStrings:Redis", StringComparison.Ordinal) && !m.Contains('\n', StringComparison.Ordinal)), exception.ToString());
        Assert.DoesNotContain(messages, m => m.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_redis_unreachable_the_host_starts_live_but_not_ready_and_becomes_ready_when_redis_starts()
    {
        await using var server = RedisServer.Create();
        using var factory = Host(server.ConnectionString);
        using var client = factory.CreateClient();

        Assert.IsType<RedisConversationStore>(factory.Services.GetRequiredService<IConversationStore>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
        var pipeline = factory.Services.GetRequiredService<TurnPipeline>();
        var key = new ConversationKey("telegram", "1");
        Assert.Equal(TurnOutcome.Unavailable, (await pipeline.RunAsync(key, CountingDialog.Text("u1"), null, default)).Outcome);

        await server.StartAsync();

        var deadline = DateTime.UtcNow + ReadyTimeout;
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TurnOutcome.Answered, (await pipeline.RunAsync(key, CountingDialog.Text("u1"), null, default)).Outcome);
    }

    private static WebApplicationFactory<Program> Host(string? redis) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            if (redis is not null)
            {
                builder.UseSetting("ConnectionStrings:Redis", redis);
            }

            builder.ConfigureTestServices(services =>
            {
                // These tests are about storage: a counting dialog instead of the real one (being written in
                // parallel), and a placeholder knowledge base that nothing reads (the host only forces it to load).
                services.AddSingleton<IDialog, CountingDialog>();
                services.AddSingleton((KnowledgeBase)RuntimeHelpers.GetUninitializedObject(typeof(KnowledgeBase)));
            });
        });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
