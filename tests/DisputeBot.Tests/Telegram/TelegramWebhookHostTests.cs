using System.Net;
using System.Text;
using DisputeBot.Channels.Telegram.Receiving;

namespace DisputeBot.Tests.Telegram;

/// <summary>The bot host in webhook mode: POST /api/telegram as Telegram would call it.</summary>
public sealed class TelegramWebhookHostTests : IDisposable
{
    private const long Chat = 777;
    private readonly TelegramFakeBotApi _api = new();
    private readonly TelegramHostFactory _host;
    private readonly HttpClient _http;

    public TelegramWebhookHostTests()
    {
        _host = TelegramHostFactory.Webhook(_api);
        _http = _host.CreateClient();
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task An_update_with_the_right_secret_is_accepted_and_answered_in_the_chat()
    {
        using var response = await PostAsync(TelegramTestSupport.TextUpdate(1, Chat, "hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Method == "sendMessage"));
        Assert.Equal("You said: hello", calls.Single(c => c.Method == "sendMessage").Text);
    }

    [Fact]
    public async Task The_webhook_answers_before_the_turn_is_done()
    {
        using var release = new ManualResetEventSlim();
        _host.Dialog.OnTurn = _ => release.Wait(TimeSpan.FromSeconds(20));

        using var response = await PostAsync(TelegramTestSupport.TextUpdate(2, Chat, "slow"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_api.Calls, c => c.Method == "sendMessage");
        release.Set();
        await _api.WaitForAsync(c => c.Any(x => x.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_button_press_is_answered_in_the_webhook_answer_itself_and_then_handled()
    {
        const string press = """{"update_id":11,"callback_query":{"id":"cb-11","from":{"id":777},"message":{"message_id":5,"date":1,"chat":{"id":777,"type":"private"}},"data":"1:yes"}}""";

        using var response = await PostAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var answer = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("answerCallbackQuery", answer.RootElement.GetProperty("method").GetString());
        Assert.Equal("cb-11", answer.RootElement.GetProperty("callback_query_id").GetString());
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Method == "sendMessage"));
        Assert.Equal(new Dialog.Conversation.ChoiceInput("yes", 1), Assert.Single(_host.Dialog.Turns).Input);
        Assert.DoesNotContain(calls, c => c.Method == "answerCallbackQuery");
    }

    [Fact]
    public async Task A_text_message_gets_an_empty_webhook_answer()
    {
        using var response = await PostAsync(TelegramTestSupport.TextUpdate(12, Chat, "plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("method", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_secret_is_rejected_with_401()
    {
        using var response = await PostAsync(TelegramTestSupport.TextUpdate(3, Chat), secret: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(TelegramWebhookEndpoint.SecretHeader, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("s3cret_token-for-testX")]
    [InlineData("S3CRET_TOKEN-FOR-TESTS")]
    [InlineData(" ")]
    public async Task A_wrong_secret_is_rejected_with_403_and_nothing_is_handled(string secret)
    {
        using var response = await PostAsync(TelegramTestSupport.TextUpdate(4, Chat), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Dialog.Turns);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"update\"")]
    [InlineData("{}")]
    [InlineData("""{"update_id":"abc"}""")]
    [InlineData("""{"update_id":-5,"message":{}}""")]
    [InlineData("""{"update_id":1,"message":{"chat":"nope"}}""")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_update_is_a_400_never_a_500(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("update_id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var huge = """{"update_id":5,"message":{"text":" """ + new string('x', 300_000) + "\"}}";

        using var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_without_a_declared_length_is_a_413_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 300_000) + "{}"))),
        };
        request.Content.Headers.ContentLength = null;
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, TelegramHostFactory.Secret);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_update_delivered_twice_is_accepted_both_times_and_answered_once()
    {
        var update = TelegramTestSupport.TextUpdate(6, Chat, "twice");

        using var first = await PostAsync(update);
        using var second = await PostAsync(update);
        using var next = await PostAsync(TelegramTestSupport.TextUpdate(7, Chat, "next"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var calls = await _api.WaitForAsync(c => c.Count(x => x.Method == "sendMessage") >= 2);
        Assert.Equal(["You said: twice", "You said: next"], calls.Where(c => c.Method == "sendMessage").Select(c => c.Text));
    }

    [Fact]
    public async Task Other_update_kinds_are_acknowledged_and_ignored()
    {
        using var edited = await PostAsync("""{"update_id":8,"edited_message":{"message_id":1,"date":1,"chat":{"id":777},"from":{"id":777},"text":"e"}}""");
        using var member = await PostAsync("""{"update_id":9,"my_chat_member":{"chat":{"id":777},"from":{"id":777},"date":1,"future":{"a":1}}}""");
        using var text = await PostAsync(TelegramTestSupport.TextUpdate(10, Chat, "real"));

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        await _api.WaitForAsync(c => c.Any(x => x.Method == "sendMessage"));
        Assert.Equal(new Dialog.Conversation.TextInput("real"), Assert.Single(_host.Dialog.Turns).Input);
    }

    [Fact]
    public async Task A_flooding_chat_gets_429_with_retry_after_while_another_chat_is_answered()
    {
        const long flooder = 900;
        using var release = new ManualResetEventSlim();
        _host.Dialog.OnTurn = turn => { if (turn.UserId == "900") { release.Wait(TimeSpan.FromSeconds(20)); } };

        var statuses = new List<HttpStatusCode>();
        for (var id = 1; id <= TelegramUpdateDispatcher.MaxPendingPerChat + 5; id++)
        {
            using var response = await PostAsync(TelegramTestSupport.TextUpdate(100 + id, flooder, "spam"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
            }
        }

        using var other = await PostAsync(TelegramTestSupport.TextUpdate(500, Chat, "still here"));
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Text == "You said: still here"));
        release.Set();

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(TelegramUpdateDispatcher.MaxPendingPerChat, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(calls, c => c.ChatId == flooder);
    }

    [Fact]
    public async Task Without_a_webhook_url_no_webhook_is_registered_and_nothing_polls()
    {
        await _api.WaitForAsync(c => c.Any(x => x.Method == "setMyCommands"));

        Assert.DoesNotContain(_api.Calls, c => c.Method is "setWebhook" or "getUpdates");
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? secret = TelegramHostFactory.Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        return await _http.SendAsync(request);
    }
}
