using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>The WebSocket stream, against the host on a real loopback port.</summary>
public sealed class DirectLineStreamTests : IDisposable
{
    private readonly DirectLineHost _host = new(new Dictionary<string, string?>
    {
        ["DirectLine:StreamKeepAlive"] = "00:00:01",
        ["DirectLine:MaxStreamsPerConversation"] = "1",
    });

    private readonly HttpClient _client;

    public DirectLineStreamTests()
    {
        _client = new HttpClient { BaseAddress = _host.StartOnLoopback() };
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task The_stream_delivers_the_greeting_then_each_new_activity_as_it_is_appended()
    {
        var session = await DirectLineSession.StartAsync(_client);
        using var socket = await ConnectAsync(session);

        var first = await NextFrameAsync(socket);
        await session.SayAsync("hello there", "c1");
        var later = new List<JsonNode>();
        while (later.Sum(f => f["activities"]!.AsArray().Count) < 2)
        {
            later.Add(await NextFrameAsync(socket));
        }

        Assert.Equal("Hello! Did your package arrive?", (string)first["activities"]![0]!["text"]!);
        Assert.Equal("0", (string)first["watermark"]!);
        var texts = later.SelectMany(f => f["activities"]!.AsArray()).Select(a => (string)a!["text"]!);
        Assert.Equal(["hello there", "You said: hello there"], texts);
        Assert.Equal("2", (string)later[^1]["watermark"]!);
        Assert.Equal("c1", (string)later[0]["activities"]![0]!["channelData"]!["clientActivityID"]!);
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames()
    {
        var session = await DirectLineSession.StartAsync(_client);
        using var socket = await ConnectAsync(session);
        await NextFrameAsync(socket);

        var frame = await ReceiveTextAsync(socket);

        Assert.Equal(string.Empty, frame);
    }

    [Fact]
    public async Task A_stream_url_from_a_watermark_starts_after_it()
    {
        var session = await DirectLineSession.StartAsync(_client);
        await session.SayAsync("first", "c1");
        using var resume = await _client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("?watermark=1"), session.Token));
        var streamUrl = new Uri((string)(await resume.ReadJsonAsync())["streamUrl"]!);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(streamUrl, Timeout());

        var frame = await NextFrameAsync(socket);

        Assert.Equal("You said: first", (string)frame["activities"]!.AsArray().Single()!["text"]!);
    }

    [Fact]
    public async Task A_stream_with_a_token_for_another_conversation_is_refused()
    {
        var alice = await DirectLineSession.StartAsync(_client);
        var bob = await DirectLineSession.StartAsync(_client);
        var url = new Uri(ToWebSocket(_client.BaseAddress!), bob.Path("/stream?t=" + Uri.EscapeDataString(alice.Token)));
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, Timeout()));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task A_conversation_accepts_only_as_many_streams_as_configured()
    {
        var session = await DirectLineSession.StartAsync(_client);
        using var first = await ConnectAsync(session);
        await NextFrameAsync(first);
        using var second = new ClientWebSocket();
        second.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(StreamUri(session), Timeout()));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.HttpStatusCode);
    }

    [Fact]
    public async Task Two_conversations_streams_see_only_their_own_activities()
    {
        var alice = await DirectLineSession.StartAsync(_client);
        var bob = await DirectLineSession.StartAsync(_client);
        using var aliceSocket = await ConnectAsync(alice);
        using var bobSocket = await ConnectAsync(bob);
        await NextFrameAsync(aliceSocket);
        await NextFrameAsync(bobSocket);

        await alice.SayAsync("alice speaking", "a1");
        await bob.SayAsync("bob speaking", "b1");
        var aliceTexts = await TextsAsync(aliceSocket, 2);
        var bobTexts = await TextsAsync(bobSocket, 2);

        Assert.Equal(["alice speaking", "You said: alice speaking"], aliceTexts);
        Assert.Equal(["bob speaking", "You said: bob speaking"], bobTexts);
    }

    private async Task<ClientWebSocket> ConnectAsync(DirectLineSession session)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(StreamUri(session), Timeout());
        return socket;
    }

    private Uri StreamUri(DirectLineSession session) =>
        new(ToWebSocket(_client.BaseAddress!), session.Path("/stream?t=" + Uri.EscapeDataString(session.Token)));

    private static Uri ToWebSocket(Uri http) => new UriBuilder(http) { Scheme = "ws" }.Uri;

    private static async Task<List<string>> TextsAsync(WebSocket socket, int count)
    {
        var texts = new List<string>();
        while (texts.Count < count)
        {
            texts.AddRange((await NextFrameAsync(socket))["activities"]!.AsArray().Select(a => (string)a!["text"]!));
        }

        return texts;
    }

    /// <summary>The next frame with activities (keep-alives skipped).</summary>
    private static async Task<JsonNode> NextFrameAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text)!;
            }
        }
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Timeout());
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    // Generous, only so that a broken stream fails the test instead of hanging it.
    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
