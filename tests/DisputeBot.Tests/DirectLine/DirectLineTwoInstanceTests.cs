using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DisputeBot.Tests.Infrastructure;

namespace DisputeBot.Tests.DirectLine;

/// <summary>Two bot instances on one real redis-server, sharing the token signing key and nothing else: any instance
/// serves any conversation, with no sticky sessions.</summary>
[Collection(RedisServerCollection.Name)]
public sealed class DirectLineTwoInstanceTests : IDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly DirectLineHost _a;
    private readonly DirectLineHost _b;
    private readonly Uri _addressA;
    private readonly Uri _addressB;

    public DirectLineTwoInstanceTests(RedisServerFixture redis)
    {
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["State:KeyPrefix"] = RedisServerFixture.UniquePrefix("webchat"),
            ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["DirectLine:StreamKeepAlive"] = "00:00:05",
        };
        _a = new DirectLineHost(_settings);
        _b = new DirectLineHost(_settings);
        _addressA = _a.StartOnLoopback();
        _addressB = _b.StartOnLoopback();
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [Fact]
    public async Task Directlinejs_streaming_from_instance_B_reads_the_replies_to_what_was_posted_through_instance_A()
    {
        var result = await DirectLineJsPeer.RunAsync(_addressB, "websocket", postVia: _addressA, ("carol", DirectLineJsPeer.Steps("click:^yes$", "posted through A")));

        var carol = result["conversations"]![0]!;
        var turns = carol["turns"]!.AsArray().Select(t => string.Join(" / ", t!["replies"]!.AsArray().Select(r => (string)r!["text"]!)));
        Assert.Equal(["You said: Yes", "You said: posted through A"], turns);
        Assert.Contains(_a.Bot.Received, a => a.Text == "posted through A");
        Assert.DoesNotContain(_b.Bot.Received, a => a.Text == "posted through A");
        Assert.Equal("Hello! Did your package arrive?", (string)carol["activities"]![0]!["text"]!);
    }

    [Fact]
    public async Task A_conversation_opened_on_A_is_refreshed_read_and_continued_on_B_from_its_watermark()
    {
        using var clientA = new HttpClient { BaseAddress = _addressA };
        using var clientB = new HttpClient { BaseAddress = _addressB };
        var onA = await DirectLineSession.StartAsync(clientA);
        await onA.SayAsync("first, on A", "c1");
        var (_, watermark) = await onA.ReadAsync();

        using var refreshed = await clientB.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", onA.Token));
        var onB = onA with { Client = clientB, Token = (string)(await refreshed.ReadJsonAsync())["token"]! };
        await onB.SayAsync("second, on B", "c2");
        var (after, next) = await onA.ReadAsync(watermark);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(["second, on B", "You said: second, on B"], after.Select(a => (string)a!["text"]!));
        Assert.Equal("4", next);
        Assert.Equal($"{onA.ConversationId}|0000003", (string)after[0]!["id"]!);
    }

    [Fact]
    public async Task A_conversation_outlives_a_restart_of_the_instance_that_opened_it()
    {
        using var clientA = new HttpClient { BaseAddress = _addressA };
        var session = await DirectLineSession.StartAsync(clientA);
        await session.SayAsync("before the restart", "c1");
        _a.Dispose();

        using var restarted = new DirectLineHost(_settings);
        using var client = new HttpClient { BaseAddress = restarted.StartOnLoopback() };
        var again = session with { Client = client };
        await again.SayAsync("after the restart", "c2");
        var (activities, _) = await again.ReadAsync();

        Assert.Equal(
            ["Hello! Did your package arrive?", "before the restart", "You said: before the restart", "after the restart", "You said: after the restart"],
            activities.Select(a => (string)a!["text"]!));
    }
}
