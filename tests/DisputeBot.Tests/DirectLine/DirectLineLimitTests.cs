using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DisputeBot.Tests.DirectLine;

public sealed class DirectLineLimitTests : IDisposable
{
    private readonly DirectLineHost _host = new(new Dictionary<string, string?>
    {
        ["DirectLine:PostsPerSecond"] = "2",
        ["DirectLine:MaxActivityBytes"] = "4096",
        ["DirectLine:MaxUploadBytes"] = "10000",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_unknown_conversation_is_404()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret-for-404" });
        using var client = host.CreateClient();

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, "/v3/directline/conversations/nope/activities", "s3cret-for-404"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_idle_for_longer_than_the_idle_timeout_is_gone_while_a_busy_one_stays()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "00:10:00" });
        using var client = host.CreateClient();
        var idle = await DirectLineSession.StartAsync(client);
        var busy = await DirectLineSession.StartAsync(client);
        for (var i = 0; i < 2; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(6));
            await busy.ReadAsync();
        }

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, idle.Path("/activities"), idle.Token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await busy.ReadAsync()).Activities);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task A_malformed_activity_is_400_with_a_reason(string body)
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/activities"), session.Token, body);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string)(await response.ReadJsonAsync())["error"]!["message"]!));
    }

    [Fact]
    public async Task A_malformed_watermark_is_400()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("/activities?watermark=abc"), session.Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_activity_is_413()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var response = await session.PostAsync(DirectLineJson.Message(new string('x', 5000), "c1"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await session.ReadAsync()).Activities);
    }

    [Fact]
    public async Task An_oversized_activity_sent_without_a_length_is_413_too()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/activities"), session.Token);
        request.Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(DirectLineJson.Serialize(DirectLineJson.Message(new string('x', 5000), "c1")))));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_posts_to_one_conversation_get_429_with_retry_after()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 50 && limited is null; i++)
        {
            var response = await session.PostAsync(DirectLineJson.Message("spam", $"c{i}"));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After should name whole seconds.");
            Assert.Equal("TooManyRequests", (string)(await limited.ReadJsonAsync())["error"]!["code"]!);
        }
    }

    [Fact]
    public async Task The_post_limit_of_one_conversation_does_not_touch_another()
    {
        using var client = _host.CreateClient();
        var busy = await DirectLineSession.StartAsync(client);
        var quiet = await DirectLineSession.StartAsync(client);
        for (var i = 0; i < 5; i++)
        {
            using var _ = await busy.PostAsync(DirectLineJson.Message("spam", $"c{i}"));
        }

        using var response = await quiet.PostAsync(DirectLineJson.Message("hello", "q1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Opening_too_many_conversations_from_one_client_gets_429()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinutePerClient"] = "3" });
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_client_over_its_conversation_limit_is_told_when_to_retry()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:ConversationsPerMinutePerClient"] = "1" });
        using var client = host.CreateClient();
        using var first = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);

        using var limited = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter >= TimeSpan.FromSeconds(1) && retryAfter <= TimeSpan.FromMinutes(1), $"Retry-After should name whole seconds within the minute, got {retryAfter}.");
        Assert.Equal("TooManyRequests", (string)(await limited.ReadJsonAsync())["error"]!["code"]!);
    }

    [Fact]
    public async Task When_the_conversation_limit_is_reached_new_conversations_get_503()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable], statuses);
    }

    /// <summary>A body whose length is not known up front (sent chunked).</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
