using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DisputeBot.Benchmarks.Telegram;

/// <summary>
/// The host's own work in one Telegram turn, without a network: the Bot API calls a turn makes (Telegram.Bot's
/// request built, sent through the host's IHttpClientFactory pipeline with its resilience handler to a handler that answers as Telegram does, answer read), the
/// webhook POST up to the mapped turn on its chat's lane, and the rendering of a turn's replies. The baseline is a
/// bare HttpClient POST of prepared bytes to the same handler, measured in the same run; the same POST through the
/// resilience handler, and sendMessage through Telegram.Bot on a bare HttpClient, split a Bot API call's cost between
/// the two libraries.
/// </summary>
[MemoryDiagnoser]
public class TelegramTurnBenchmarks : IDisposable
{
    private const string Secret = "bench-secret-token";
    private const long ChatId = 987654321;

    /// <summary>What Telegram answers to sendMessage and editMessageReplyMarkup: the whole message, echoed.</summary>
    private static readonly byte[] SentMessageAnswer = Encoding.UTF8.GetBytes(
        """{"ok":true,"result":{"message_id":4711,"from":{"id":123456,"is_bot":true,"first_name":"Dispute Bot","username":"dispute_bot"},"chat":{"id":987654321,"first_name":"Ann","username":"ann_k","type":"private"},"date":1795000000,"text":"Sorry to hear that. Let's work out what happened, step by step.\n\nDid the package arrive?","entities":[{"offset":0,"length":19,"type":"bold"}],"reply_markup":{"inline_keyboard":[[{"text":"Yes","callback_data":"3:yes"},{"text":"No","callback_data":"3:no"}],[{"text":"Only part of it","callback_data":"3:partly"}]]}}}""");

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private ServiceProvider _services = null!;
    private ITelegramBotClient _client = null!;
    private HttpClient _bareClient = null!;
    private HttpClient _resilientClient = null!;
    private ITelegramBotClient _plainClient = null!;
    private TelegramReplyRenderer _renderer = null!;
    private TelegramWebhookEndpoint _endpoint = null!;
    private SignallingHandler _lane = null!;
    private TelegramOutgoingMessage _message = null!;
    private InlineKeyboardMarkup _pressed = null!;
    private byte[] _preparedBody = null!;
    private Reply[] _replies = null!;
    private byte[] _pressUpdate = null!;
    private byte[] _textUpdate = null!;
    private int _pressIdAt;
    private int _textIdAt;
    private long _nextUpdateId = 1_000_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IOptions<TelegramOptions>>(Options.Create(new TelegramOptions
        {
            BotToken = "123456789:AAbench-token-0123456789",
            ApiRoot = "https://api.telegram.org",
            Mode = TelegramMode.Webhook,
            SecretToken = Secret,
        }));

        // The same client pipeline as the host's (TelegramChannelHostExtensions), with Telegram replaced by a handler.
        services.AddHttpClient(TelegramChannelHostExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new TelegramAnswering())
            .RemoveAllLoggers()
            .AddOutboundResilience(TimeSpan.FromSeconds(60), HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError);
        services.AddSingleton<ITelegramBotClient>(sp => new TelegramBotClient(
            new TelegramBotClientOptions("123456789:AAbench-token-0123456789", "https://api.telegram.org"),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramChannelHostExtensions.HttpClientName)));
        services.AddSingleton<TelegramReplyRenderer>();
        services.AddSingleton<SignallingHandler>();
        services.AddSingleton<ITelegramUpdateHandler>(sp => sp.GetRequiredService<SignallingHandler>());
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.AddSingleton<TelegramWebhookEndpoint>();
        _services = services.BuildServiceProvider();

        _client = _services.GetRequiredService<ITelegramBotClient>();
        _renderer = _services.GetRequiredService<TelegramReplyRenderer>();
        _endpoint = _services.GetRequiredService<TelegramWebhookEndpoint>();
        _lane = _services.GetRequiredService<SignallingHandler>();
        _bareClient = new HttpClient(new TelegramAnswering());
        _resilientClient = _services.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramChannelHostExtensions.HttpClientName);
        _plainClient = new TelegramBotClient(new TelegramBotClientOptions("123456789:AAbench-token-0123456789", "https://api.telegram.org"), _bareClient);

        _replies =
        [
            new TextReply("Sorry to hear that. Let's work out what happened, step by step."),
            new ChoicesReply("Did the package arrive?", [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No"), new ReplyChoice("partly", "Only part of it")], 3),
        ];
        _message = _renderer.Render(_replies).Single();
        _pressed = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("✔️ Only part of it", TelegramCallbackData.Inert));
        _preparedBody = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new { chat_id = ChatId, text = _message.Html, parse_mode = "HTML", reply_markup = _message.Keyboard },
            JsonBotAPI.Options);

        // Update ids are ten digits wide and rewritten in place per call, so no update is a duplicate.
        _pressUpdate = Encoding.UTF8.GetBytes(
            """{"update_id":1000000000,"callback_query":{"id":"4382bfdwdsb323b2d9","from":{"id":987654321,"is_bot":false,"first_name":"Ann","username":"ann_k","language_code":"en"},"message":{"message_id":4711,"from":{"id":123456,"is_bot":true,"first_name":"Dispute Bot","username":"dispute_bot"},"chat":{"id":987654321,"first_name":"Ann","username":"ann_k","type":"private"},"date":1795000000,"text":"Sorry to hear that. Let's work out what happened, step by step.\n\nDid the package arrive?","reply_markup":{"inline_keyboard":[[{"text":"Yes","callback_data":"3:yes"},{"text":"No","callback_data":"3:no"}],[{"text":"Only part of it","callback_data":"3:partly"}]]}},"chat_instance":"-3420983477583627431","data":"3:partly"}}""");
        _textUpdate = Encoding.UTF8.GetBytes(
            """{"update_id":1000000000,"message":{"message_id":4712,"from":{"id":987654321,"is_bot":false,"first_name":"Ann","username":"ann_k","language_code":"en"},"chat":{"id":987654321,"first_name":"Ann","username":"ann_k","type":"private"},"date":1795000060,"text":"the box came empty, nothing inside"}}""");
        _pressIdAt = _pressUpdate.AsSpan().IndexOf("1000000000"u8);
        _textIdAt = _textUpdate.AsSpan().IndexOf("1000000000"u8);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bareClient?.Dispose();
            _services?.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "Bare HttpClient POST of prepared bytes")]
    public async Task<int> BarePost()
    {
        using var content = new ByteArrayContent(_preparedBody);
        content.Headers.ContentType = JsonType;
        using var response = await _bareClient.PostAsync("https://api.telegram.org/bot1/sendMessage", content);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "Same POST through the resilience handler")]
    public async Task<int> ResilientPost()
    {
        using var content = new ByteArrayContent(_preparedBody);
        content.Headers.ContentType = JsonType;
        using var response = await _resilientClient.PostAsync("https://api.telegram.org/bot1/sendMessage", content);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "sendMessage, Telegram.Bot on a bare HttpClient")]
    public async Task<int> SendMessagePlain() => (await _plainClient.SendMessage(ChatId, _message.Html, ParseMode.Html, replyMarkup: _message.Keyboard)).Id;

    [Benchmark(Description = "sendMessage with a keyboard")]
    public async Task<int> SendMessage() => (await _client.SendMessage(ChatId, _message.Html, ParseMode.Html, replyMarkup: _message.Keyboard)).Id;

    [Benchmark(Description = "editMessageReplyMarkup")]
    public async Task<int> EditMarkup() => (await _client.EditMessageReplyMarkup(ChatId, 4711, _pressed)).Id;

    [Benchmark(Description = "Webhook: button press → turn on its lane")]
    public Task<long> WebhookPress() => PostAsync(_pressUpdate, _pressIdAt);

    [Benchmark(Description = "Webhook: text → turn on its lane")]
    public Task<long> WebhookText() => PostAsync(_textUpdate, _textIdAt);

    [Benchmark(Description = "Render a turn's replies")]
    public int Render() => _renderer.Render(_replies).Count;

    private async Task<long> PostAsync(byte[] update, int idAt)
    {
        var id = ++_nextUpdateId;
        Utf8Formatter.TryFormat(id, update.AsSpan(idAt, 10), out _);
        var handled = _lane.Expect();
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = update.Length;
        context.Request.Headers[TelegramWebhookEndpoint.SecretHeader] = Secret;
        context.Request.Body = new MemoryStream(update, writable: false);
        context.Response.Body = Stream.Null;
        var result = await _endpoint.HandleAsync(context);
        await result.ExecuteAsync(context);
        var turn = await handled;
        return turn == id ? context.Response.StatusCode : -1;
    }

    /// <summary>Answers every Bot API call as Telegram does, after reading the request body as a socket would.</summary>
    private sealed class TelegramAnswering : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                await request.Content.CopyToAsync(Stream.Null, cancellationToken);
            }

            var content = new ByteArrayContent(SentMessageAnswer);
            content.Headers.ContentType = JsonType;
            content.Headers.ContentLength = SentMessageAnswer.Length;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }

    /// <summary>Stands in for the turn: maps the update as the real handler does, then signals the benchmark.</summary>
    private sealed class SignallingHandler : ITelegramUpdateHandler
    {
        private TaskCompletionSource<long> _next = new();

        public Task<long> Expect()
        {
            _next = new TaskCompletionSource<long>();
            return _next.Task;
        }

        public Task HandleAsync(Update update, bool callbackAnswered, CancellationToken cancellationToken)
        {
            var turn = TelegramTurnMapper.Map(update);
            _next.TrySetResult(turn is null ? -1 : update.Id);
            return Task.CompletedTask;
        }
    }
}
