using System.Net;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly DirectLineHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Starting_a_conversation_answers_201_with_its_id_a_token_and_a_stream_url()
    {
        using var client = _host.CreateClient();
        using var tokenResponse = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        var issued = await tokenResponse.ReadJsonAsync();

        using var request = DirectLineJson.Request(HttpMethod.Post, "/v3/directline/conversations", (string)issued["token"]!);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal((string)issued["conversationId"]!, (string)body["conversationId"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string)body["token"]!));
        Assert.StartsWith("ws://", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{body["conversationId"]}/stream?t=", (string)body["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_greets_the_user_when_the_conversation_starts_before_anything_is_typed()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        var (activities, watermark) = await session.ReadAsync();

        var greeting = Assert.Single(activities);
        Assert.Equal("Hello! Did your package arrive?", (string)greeting!["text"]!);
        Assert.Equal("bot", (string)greeting["from"]!["role"]!);
        Assert.Equal($"{session.ConversationId}|0000000", (string)greeting["id"]!);
        Assert.Equal("0", watermark);
        var update = Assert.Single(_host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(update.From!.Id, Assert.Single(update.MembersAdded!).Id);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_does_not_greet_twice()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var again = DirectLineJson.Request(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(session.ConversationId, (string)(await response.ReadJsonAsync())["conversationId"]!);
        Assert.Single((await session.ReadAsync()).Activities);
    }

    [Fact]
    public async Task A_posted_activity_is_echoed_with_its_client_activity_id_then_answered()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        var id = await session.SayAsync("the box came empty", "client-1");

        Assert.Equal($"{session.ConversationId}|0000001", id);
        var (activities, watermark) = await session.ReadAsync("0");
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("the box came empty", (string)echo["text"]!);
        Assert.Equal("client-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.NotNull(echo["timestamp"]);
        var reply = activities[1]!;
        Assert.Equal("You said: the box came empty", (string)reply["text"]!);
        Assert.Equal(id, (string)reply["replyToId"]!);
        Assert.Equal("Again", (string)reply["suggestedActions"]!["actions"]![0]!["title"]!);
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task The_bot_receives_the_activity_addressed_from_the_tokens_user_on_the_directline_channel()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        await session.SayAsync("hello", "client-1", from: "someone-else");

        var message = _host.Bot.Received.Last();
        var update = _host.Bot.Received.First();
        Assert.Equal("directline", message.ChannelId);
        Assert.Equal(update.From!.Id, message.From!.Id);
        Assert.StartsWith("dl_", message.From.Id, StringComparison.Ordinal);
        Assert.Equal(session.ConversationId, message.Conversation!.Id);
        Assert.Equal("disputebot", message.Recipient!.Id);
        Assert.Equal("http://localhost/", message.ServiceUrl);
        Assert.Equal($"{session.ConversationId}|0000001", message.Id);
    }

    [Fact]
    public async Task Reading_from_the_latest_watermark_returns_nothing_new_and_keeps_the_watermark()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        await session.SayAsync("one", "c1");

        var (activities, watermark) = await session.ReadAsync("2");

        Assert.Empty(activities);
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_client_activity_id_gets_the_same_id_and_no_second_turn()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        var first = await session.SayAsync("hello", "same");
        var second = await session.SayAsync("hello", "same");

        Assert.Equal(first, second);
        Assert.Equal(3, (await session.ReadAsync()).Activities.Count);
    }

    [Fact]
    public async Task Two_posts_to_one_conversation_are_handled_one_after_the_other()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        _host.Bot.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = session.SayAsync("first", "c1");
        await WaitUntilAsync(() => _host.Bot.Received.Count == 2);
        var second = session.SayAsync("second", "c2");
        await Task.Delay(200);
        var receivedWhileHeld = _host.Bot.Received.Count;
        _host.Bot.Hold.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(2, receivedWhileHeld);
        var texts = (await session.ReadAsync()).Activities.Select(a => (string)a!["text"]!).ToList();
        Assert.Equal(["Hello! Did your package arrive?", "first", "You said: first", "second", "You said: second"], texts);
    }

    [Fact]
    public async Task The_log_keeps_only_the_latest_activities_of_a_conversation()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        using var client = host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        for (var i = 0; i < 10; i++)
        {
            await session.SayAsync($"message {i}", $"c{i}");
        }

        var (activities, watermark) = await session.ReadAsync();

        Assert.Equal(10, activities.Count);
        Assert.Equal($"{session.ConversationId}|0000011", (string)activities[0]!["id"]!);
        Assert.Equal("20", watermark);
    }

    [Fact]
    public async Task Getting_a_conversation_gives_a_fresh_token_and_a_stream_url_from_the_watermark()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var request = DirectLineJson.Request(HttpMethod.Get, session.Path("?watermark=0"), session.Token);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(session.ConversationId, (string)body["conversationId"]!);
        Assert.EndsWith("&watermark=0", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string)body["token"]!));
    }

    [Fact]
    public async Task The_session_id_call_answers_harmlessly()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri("/v3/directline/session/getsessionid", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, (string)(await response.ReadJsonAsync())["sessionId"]!);
    }

    [Fact]
    public async Task A_bot_failure_is_a_502_with_a_reason_and_the_users_message_stays_in_the_log()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var response = await session.PostAsync(DirectLineJson.Message("crash", "c1"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", (string)(await response.ReadJsonAsync())["error"]!["code"]!);
        Assert.Equal("crash", (string)(await session.ReadAsync("0")).Activities.Single()!["text"]!);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
