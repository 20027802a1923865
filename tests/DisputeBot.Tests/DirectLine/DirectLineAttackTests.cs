using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using DisputeBot.Channels.DirectLine;
using DisputeBot.Storage.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.DirectLine;

/// <summary>What an attack on the running bot found, each refused within its named limit (issue 15).</summary>
public sealed class DirectLineAttackTests
{
    [Fact]
    public async Task An_upload_of_more_parts_than_MaxUploadParts_is_413_and_nothing_is_kept_or_reaches_the_bot()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:MaxUploadParts"] = "5" });
        using var client = host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 6; i++)
        {
            form.Add(new ByteArrayContent([]), "file", $"empty{i}.jpg");
        }

        using var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/upload?userId=someone"), session.Token);
        request.Content = form;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 5 parts", (string)(await response.ReadJsonAsync())["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Single((await session.ReadAsync()).Activities);
        Assert.Single(host.Bot.Received);
    }

    [Fact]
    public async Task An_upload_within_MaxUploadParts_is_accepted()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:MaxUploadParts"] = "5" });
        using var client = host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 5; i++)
        {
            form.Add(new ByteArrayContent([1, 2, 3]), "file", $"photo{i}.jpg");
        }

        using var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/upload?userId=someone"), session.Token);
        request.Content = form;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, host.Bot.Received.Last().Attachments!.Count);
    }

    [Fact]
    public async Task A_conversations_log_keeps_at_most_MaxLogBytesPerConversation_dropping_the_oldest()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["DirectLine:MaxLogBytesPerConversation"] = "16384",
            ["DirectLine:MaxActivityBytes"] = "4096",
        });
        using var client = host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        var store = (InMemoryDirectLineStore)host.Services.GetRequiredService<IDirectLineStore>();

        for (var i = 0; i < 40; i++)
        {
            await session.SayAsync($"message {i} " + new string('x', 1000), $"c{i}");
            Assert.True(store.TotalBytes <= 16384, $"after {i + 1} posts the log holds {store.TotalBytes} bytes");
        }

        var (activities, watermark) = await session.ReadAsync();
        var texts = activities.Select(a => (string)a!["text"]!).ToList();
        Assert.Equal("80", watermark);
        Assert.StartsWith("You said: message 39 ", texts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.StartsWith("message 0 ", StringComparison.Ordinal));
        Assert.InRange(activities.Count, 2, 20);
    }

    [Fact]
    public async Task All_logs_together_stay_within_MaxLogBytes_forgetting_the_conversations_touched_least_recently()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["DirectLine:MaxLogBytes"] = "65536",
            ["DirectLine:MaxLogBytesPerConversation"] = "16384",
            ["DirectLine:MaxActivityBytes"] = "4096",
        });
        using var client = host.CreateClient();
        var store = (InMemoryDirectLineStore)host.Services.GetRequiredService<IDirectLineStore>();
        var sessions = new List<DirectLineSession>();
        for (var c = 0; c < 10; c++)
        {
            var session = await DirectLineSession.StartAsync(client);
            sessions.Add(session);
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            for (var i = 0; i < 10; i++)
            {
                await session.SayAsync($"conversation {c} message {i} " + new string('x', 1000), $"c{i}");
                Assert.True(store.TotalBytes <= 65536, $"all logs hold {store.TotalBytes} bytes");
            }
        }

        using var oldest = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, sessions[0].Path("/activities"), sessions[0].Token));
        Assert.Equal(HttpStatusCode.NotFound, oldest.StatusCode);
        var (latest, _) = await sessions[^1].ReadAsync();
        Assert.StartsWith("You said: conversation 9 message 9 ", (string)latest[^1]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_page_tokens_cannot_fill_the_share_of_MaxConversations_kept_for_secret_holders()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = "the-real-secret",
            ["DirectLine:MaxConversations"] = "10",
            ["DirectLine:SecretReservePercent"] = "20",
        });
        using var client = host.CreateClient();

        var page = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            using var response = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
            page.Add(response.StatusCode);
        }

        var secret = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", "the-real-secret"));
            secret.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 8), HttpStatusCode.ServiceUnavailable], page);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable], secret);
    }

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ee:dd:cc", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("203.0.113.7", "::ffff:203.0.113.7", true)]
    [InlineData("203.0.113.7", "203.0.113.8", false)]
    public void The_per_client_conversation_limit_counts_an_IPv6_slash_64_as_one_client(string first, string second, bool sameClient)
    {
        var a = DirectLineRateLimitPolicy.ClientKey(IPAddress.Parse(first));
        var b = DirectLineRateLimitPolicy.ClientKey(IPAddress.Parse(second));

        Assert.Equal(sameClient, a == b);
    }

    [Fact]
    public async Task The_secret_is_refused_as_a_url_parameter_on_the_stream_while_a_token_is_accepted()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:Secret"] = "the-real-secret" });
        using var client = new HttpClient { BaseAddress = host.StartOnLoopback() };
        using var start = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/conversations", "the-real-secret"));
        var body = await start.ReadJsonAsync();
        var conversation = Uri.EscapeDataString((string)body["conversationId"]!);
        var socketBase = new UriBuilder(client.BaseAddress!) { Scheme = "ws" }.Uri;
        using var withSecret = new ClientWebSocket();
        withSecret.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<WebSocketException>(() => withSecret.ConnectAsync(new Uri(socketBase, $"/v3/directline/conversations/{conversation}/stream?t=the-real-secret"), timeout.Token));
        using var withToken = new ClientWebSocket();
        await withToken.ConnectAsync(new Uri((string)body["streamUrl"]!), timeout.Token);

        Assert.Equal(HttpStatusCode.Forbidden, withSecret.HttpStatusCode);
        Assert.Equal(WebSocketState.Open, withToken.State);
    }
}
