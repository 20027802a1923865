using System.Net;
using System.Text;

namespace DisputeBot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IDisposable
{
    private const string Secret = "test-secret-3f9a1c";

    private readonly DirectLineHost _host = new(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_secret_generates_a_token_for_a_new_conversation()
    {
        using var client = _host.CreateClient();

        using var request = DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.False(string.IsNullOrEmpty((string)body["conversationId"]!));
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Equal(3, ((string)body["token"]!).Split('.').Length);
    }

    [Fact]
    public async Task A_token_embeds_the_user_id_asked_for_so_clients_cannot_forge_another()
    {
        using var client = _host.CreateClient();
        using var request = DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", Secret, """{"user":{"id":"dl_shopper42"}}""");
        using var response = await client.SendAsync(request);
        var token = (string)(await response.ReadJsonAsync())["token"]!;

        var payload = Encoding.UTF8.GetString(Base64UrlDecode(token.Split('.')[1]));

        Assert.Contains("\"user\":\"dl_shopper42\"", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generating_a_token_without_the_secret_is_refused_when_a_secret_is_configured()
    {
        using var client = _host.CreateClient();

        using var missing = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", null));
        using var wrong = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task In_local_mode_without_a_secret_anyone_may_generate_a_token()
    {
        using var host = new DirectLineHost();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/generate", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_secret_starts_a_new_conversation_and_may_act_in_it()
    {
        using var client = _host.CreateClient();
        using var started = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/conversations", Secret));
        var conversationId = (string)(await started.ReadJsonAsync())["conversationId"]!;
        var asSecret = new DirectLineSession(client, conversationId, Secret);

        await asSecret.SayAsync("hello", "c1", from: "shop-user-7");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("shop-user-7", _host.Bot.Received.Last().From!.Id);
        Assert.Equal(3, (await asSecret.ReadAsync()).Activities.Count);
    }

    [Fact]
    public async Task Refreshing_a_token_gives_a_new_one_for_the_same_conversation_that_works()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        _host.Clock.Advance(TimeSpan.FromMinutes(20));

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        var refreshed = session with { Token = (string)body["token"]! };
        Assert.NotEqual(session.Token, refreshed.Token);
        _host.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Single((await refreshed.ReadAsync()).Activities);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_403_and_cannot_be_refreshed()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        _host.Clock.Advance(TimeSpan.FromMinutes(31));

        using var read = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("/activities"), session.Token));
        using var refresh = await client.SendAsync(DirectLineJson.Request(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", (string)(await read.ReadJsonAsync())["error"]!["code"]!);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Theory]
    [InlineData("payload")]
    [InlineData("signature")]
    [InlineData("truncated")]
    public async Task A_tampered_token_is_refused_with_403(string part)
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        var pieces = session.Token.Split('.');
        var tampered = part switch
        {
            "payload" => $"{pieces[0]}.{Flip(pieces[1])}.{pieces[2]}",
            "signature" => $"{pieces[0]}.{pieces[1]}.{Flip(pieces[2])}",
            _ => session.Token[..^4],
        };

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("/activities"), tampered));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_or_write_another()
    {
        using var client = _host.CreateClient();
        var alice = await DirectLineSession.StartAsync(client);
        var bob = await DirectLineSession.StartAsync(client);

        using var read = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, bob.Path("/activities"), alice.Token));
        using var write = await bob.PostAsync(DirectLineJson.Message("hi", "c1"), token: alice.Token);
        using var resume = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, bob.Path(), alice.Token));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.Single((await bob.ReadAsync()).Activities);
    }

    [Fact]
    public async Task A_call_without_credentials_is_401()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("/activities"), null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Flip(string base64Url) => (base64Url[0] == 'A' ? 'B' : 'A') + base64Url[1..];

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
