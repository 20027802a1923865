using System.Net;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Api;

namespace DisputeBot.Tests.Telegram;

public sealed class TelegramBotClientTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);
    private readonly TelegramFakeBotApi _api = new();
    private readonly TelegramManualClock _clock = new();

    private TelegramBotClient Client => TelegramTestSupport.Client(_api, _clock);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_request_is_a_json_post_to_the_method_under_the_token()
    {
        await Client.SendMessageAsync(new SendMessageRequest(5, "hi", "HTML", null), default);

        var call = Assert.Single(_api.Calls);
        Assert.Equal("/bot123456:ABC-def/sendMessage", call.Path);
        Assert.Equal("""{"chat_id":5,"text":"hi","parse_mode":"HTML"}""", call.Body.ToJsonString());
    }

    [Fact]
    public async Task The_api_root_may_carry_a_path_prefix()
    {
        var client = TelegramTestSupport.Client(_api, _clock, TelegramTestSupport.Options(o => o.ApiRoot = "http://127.0.0.1:9/telegram/"));

        await client.AnswerCallbackQueryAsync("1", default);

        Assert.Equal("/telegram/bot123456:ABC-def/answerCallbackQuery", Assert.Single(_api.Calls).Path);
    }

    [Fact]
    public async Task Success_is_decided_from_ok_and_not_from_the_http_status()
    {
        _api.Respond = _ => TelegramFakeBotApi.Json(HttpStatusCode.OK, """{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Description);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task Results_of_any_shape_are_accepted_where_the_bot_does_not_need_them()
    {
        // Real Telegram answers edits with a message or true; the emulator with null.
        var answers = new Queue<string>(["""{"ok":true,"result":null}""", """{"ok":true,"result":true}""", """{"ok":true,"result":{"message_id":3,"x":[1]}}"""]);
        _api.Respond = _ => TelegramFakeBotApi.Json(HttpStatusCode.OK, answers.Dequeue());

        await Client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(5, 3, InlineKeyboardMarkup.Empty), default);
        await Client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(5, 3, InlineKeyboardMarkup.Empty), default);
        await Client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(5, 3, InlineKeyboardMarkup.Empty), default);

        Assert.Equal(3, _api.Calls.Count);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_telegram_asked_for()
    {
        var calls = 0;
        _api.Respond = _ => ++calls == 1 ? TelegramFakeBotApi.Error(429, "Too Many Requests: retry after 7", retryAfter: 7) : null;

        var sending = Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default);
        await _clock.AdvanceToNextTimerAsync(Generous);
        var message = await sending.WaitAsync(Generous);

        Assert.NotNull(message);
        Assert.Equal(2, _api.CallsTo("sendMessage").Count);
        Assert.Contains(TimeSpan.FromSeconds(7), _clock.RequestedDelays);
    }

    [Fact]
    public async Task A_429_asking_for_minutes_fails_at_once_instead_of_holding_the_turn()
    {
        _api.Respond = _ => TelegramFakeBotApi.Error(429, "Too Many Requests: retry after 3600", retryAfter: 3600);

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task Network_errors_are_retried_with_growing_pauses_a_bounded_number_of_times()
    {
        _api.Respond = _ => throw new HttpRequestException("Connection refused");

        var sending = Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default);
        for (var retry = 0; retry < 3; retry++)
        {
            await _clock.AdvanceToNextTimerAsync(Generous);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => sending.WaitAsync(Generous));
        Assert.Equal(4, _api.Calls.Count);
        Assert.Equal(3, _clock.RequestedDelays.Count);
        Assert.True(_clock.RequestedDelays[0] < _clock.RequestedDelays[1] && _clock.RequestedDelays[1] < _clock.RequestedDelays[2]);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_gateway_error_is_retried(int status)
    {
        var calls = 0;
        _api.Respond = _ => ++calls == 1 ? TelegramFakeBotApi.Json((HttpStatusCode)status, "<html>Bad Gateway</html>") : null;

        var sending = Client.AnswerCallbackQueryAsync("1", default);
        await _clock.AdvanceToNextTimerAsync(Generous);
        await sending.WaitAsync(Generous);

        Assert.Equal(2, _api.Calls.Count);
    }

    [Fact]
    public async Task An_answer_without_an_envelope_fails_with_its_reason_and_is_not_retried()
    {
        // The emulator's answer to methods it does not implement.
        _api.Respond = _ => TelegramFakeBotApi.Json(HttpStatusCode.InternalServerError, """{"message":"API method 'sendChatAction' is not supported."}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendChatActionAsync(5, "typing", default));

        Assert.Equal(500, error.ErrorCode);
        Assert.Contains("not supported", error.Description, StringComparison.Ordinal);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task Error_messages_never_contain_the_token()
    {
        _api.Respond = _ => TelegramFakeBotApi.Error(401, "Unauthorized");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.GetUpdatesAsync(null, 0, ["message"], default));

        Assert.DoesNotContain("ABC-def", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUpdates_sends_the_offset_and_reads_the_updates()
    {
        _api.EnqueueUpdates("""{"update_id":11,"message":{"message_id":1,"date":1,"chat":{"id":5},"from":{"id":5},"text":"a"}}""");

        var updates = await Client.GetUpdatesAsync(11, 30, ["message", "callback_query"], default);

        Assert.Equal(11, Assert.Single(updates).UpdateId);
        Assert.Equal("""{"offset":11,"limit":100,"timeout":30,"allowed_updates":["message","callback_query"]}""", Assert.Single(_api.Calls).Body.ToJsonString());
    }

    [Fact]
    public async Task SendMessage_returns_the_id_of_the_message_sent()
    {
        var id = await Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default);

        Assert.Equal(101, id);
    }

    [Fact]
    public async Task A_sendMessage_answered_with_something_other_than_a_message_fails_clearly()
    {
        _api.Respond = _ => TelegramFakeBotApi.Json(HttpStatusCode.OK, """{"ok":true,"result":true}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default));

        Assert.Equal(200, error.ErrorCode);
        Assert.Equal("unreadable answer", error.Description);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_is_reported_with_its_new_chat_id()
    {
        _api.Respond = _ => TelegramFakeBotApi.Json(HttpStatusCode.BadRequest, """{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001234567890}}""");

        var error = await Assert.ThrowsAsync<TelegramApiException>(() => Client.SendMessageAsync(new SendMessageRequest(-5, "hi", null, null), default));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(-1001234567890, error.MigrateToChatId);
        Assert.Single(_api.Calls);
    }

    [Fact]
    public async Task A_connection_lost_in_the_middle_of_an_answer_is_a_network_error_and_retried()
    {
        var calls = 0;
        _api.Respond = _ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BrokenStream("""{"ok":true,"res"""u8.ToArray())) }
            : null;

        var sending = Client.SendMessageAsync(new SendMessageRequest(5, "hi", null, null), default);
        await _clock.AdvanceToNextTimerAsync(Generous);
        var id = await sending.WaitAsync(Generous);

        Assert.NotNull(id);
        Assert.Equal(2, _api.Calls.Count);
    }

    [Fact]
    public async Task A_long_answer_of_unknown_length_is_read_whole()
    {
        var text = new string('x', 3000);
        var updates = Enumerable.Range(1, 40).Select(i => TelegramTestSupport.TextUpdate(i, 5, text)).ToArray();
        _api.Respond = _ =>
        {
            var json = "{\"ok\":true,\"result\":[" + string.Join(',', updates) + "]}";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new UnseekableStream(System.Text.Encoding.UTF8.GetBytes(json))) };
        };

        var read = await Client.GetUpdatesAsync(null, 0, ["message"], default);

        Assert.Equal(40, read.Count);
        Assert.All(read, u => Assert.Equal(text, u.Message?.Text));
    }

    [Fact]
    public async Task One_client_from_the_factory_serves_calls_for_a_while_and_is_then_renewed()
    {
        var factory = new CountingFactory(_api);
        var client = new TelegramBotClient(factory, Microsoft.Extensions.Options.Options.Create(TelegramTestSupport.Options()), new TelegramSendPacer(_clock), _clock, new TelegramRecordingLogger<TelegramBotClient>());

        await client.AnswerCallbackQueryAsync("1", default);
        _clock.Advance(TimeSpan.FromSeconds(10));
        await client.AnswerCallbackQueryAsync("2", default);
        Assert.Equal(1, factory.Created);

        // The factory rotates its handlers (DNS changes); a client kept for ever would never see a new one.
        _clock.Advance(TimeSpan.FromSeconds(30));
        await client.AnswerCallbackQueryAsync("3", default);
        Assert.Equal(2, factory.Created);
        Assert.Equal(3, _api.Calls.Count);
    }

    private sealed class CountingFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public int Created { get; private set; }

        public HttpClient CreateClient(string name)
        {
            Created++;
            return new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        }
    }

    /// <summary>Gives its bytes, then fails as a dropped connection does.</summary>
    private sealed class BrokenStream(byte[] start) : UnseekableStream(start)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("The response ended prematurely.");
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            return read > 0 ? read : throw new IOException("The response ended prematurely.");
        }
    }

    /// <summary>A body whose length is not known in advance, like a chunked answer.</summary>
    private class UnseekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
