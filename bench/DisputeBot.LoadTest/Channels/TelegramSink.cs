using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using DisputeBot.LoadTest.Shoppers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Stands in for the Telegram Bot API (<c>POST /bot{token}/{method}</c>): answers every method the way Telegram does
/// (<c>{"ok":true,"result":...}</c>), files each sendMessage into its chat's inbox, and counts calls by method.
/// Runs in the harness's own process on a free loopback port.
/// </summary>
internal sealed class TelegramSink : IAsyncDisposable
{
    public const string BotToken = "123456:bench-token";
    public const long BotUserId = 123456;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, ChatInbox> _inboxes = new();
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _nextMessageId = 1000;
    private long _unknownChat;

    private TelegramSink(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public Uri ApiRoot => new($"http://127.0.0.1:{Port}");

    /// <summary>sendMessage calls to chats no shopper has.</summary>
    public long UnknownChatMessages => Interlocked.Read(ref _unknownChat);

    public static async Task<TelegramSink> StartAsync()
    {
        var port = Hosting.FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var sink = new TelegramSink(app, port);
        app.MapPost("/bot{token}/{method}", sink.HandleAsync);
        await app.StartAsync();
        return sink;
    }

    public ChatInbox Inbox(long chatId) => _inboxes.GetOrAdd(chatId, _ => new ChatInbox());

    public void Forget(long chatId) => _inboxes.TryRemove(chatId, out _);

    public IReadOnlyDictionary<string, long> CallsByMethod() => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    public void ResetCounts()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _unknownChat, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A method carried in the answer to a webhook call (<c>{"method":"answerCallbackQuery",...}</c>):
    /// counted like a call, marked as coming that way. The bench's bot only sends answerCallbackQuery so.</summary>
    public void RunWebhookAnswer(byte[] answer)
    {
        try
        {
            using var body = JsonDocument.Parse(answer);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("method", out var method) && method.GetString() is { } name)
            {
                _calls.AddOrUpdate(name + " (webhook answer)", 1, (_, n) => n + 1);
            }
        }
        catch (JsonException)
        {
            // Not a method call (an empty object, a problem body): nothing for Telegram to run.
        }
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        var response = context.Response;
        response.ContentType = "application/json";
        if (token != BotToken)
        {
            response.StatusCode = 401;
            await response.WriteAsync("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            return;
        }

        using var body = context.Request.ContentLength is 0 ? null : await JsonDocument.ParseAsync(context.Request.Body);
        var request = body?.RootElement ?? default;
        var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteBoolean("ok", true);
        writer.WritePropertyName("result");
        switch (method)
        {
            case "sendMessage":
                var messageId = Interlocked.Increment(ref _nextMessageId);
                var chatId = ChatId(request);
                var text = request.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                if (_inboxes.TryGetValue(chatId, out var inbox))
                {
                    inbox.Add(new BotMessage(text, Buttons(request, messageId)));
                }
                else
                {
                    Interlocked.Increment(ref _unknownChat);
                }

                WriteMessage(writer, messageId, chatId, text);
                break;
            case "editMessageText" or "editMessageReplyMarkup":
                WriteMessage(writer, request.TryGetProperty("message_id", out var m) ? m.GetInt64() : 0, ChatId(request), "");
                break;
            case "getMe":
                writer.WriteStartObject();
                writer.WriteNumber("id", BotUserId);
                writer.WriteBoolean("is_bot", true);
                writer.WriteString("first_name", "DisputeBot");
                writer.WriteString("username", "dispute_bench_bot");
                writer.WriteEndObject();
                break;
            case "getWebhookInfo":
                writer.WriteStartObject();
                writer.WriteString("url", "");
                writer.WriteBoolean("has_custom_certificate", false);
                writer.WriteNumber("pending_update_count", 0);
                writer.WriteEndObject();
                break;
            case "getUpdates":
                writer.WriteStartArray();
                writer.WriteEndArray();
                break;
            default:
                // answerCallbackQuery, sendChatAction, setMyCommands, setWebhook, deleteWebhook, deleteMessage...
                writer.WriteBooleanValue(true);
                break;
        }

        writer.WriteEndObject();
        await writer.DisposeAsync();
        await response.BodyWriter.FlushAsync();
    }

    private static long ChatId(JsonElement request) =>
        !request.TryGetProperty("chat_id", out var chat) ? 0
        : chat.ValueKind == JsonValueKind.Number ? chat.GetInt64()
        : long.TryParse(chat.GetString(), out var parsed) ? parsed : 0;

    private static List<OfferedChoice> Buttons(JsonElement request, long messageId)
    {
        var choices = new List<OfferedChoice>();
        if (!request.TryGetProperty("reply_markup", out var markup) || !markup.TryGetProperty("inline_keyboard", out var rows))
        {
            return choices;
        }

        foreach (var row in rows.EnumerateArray())
        {
            foreach (var button in row.EnumerateArray())
            {
                if (button.TryGetProperty("callback_data", out var data) && data.GetString() is { } callback)
                {
                    var colon = callback.IndexOf(':', StringComparison.Ordinal);
                    var label = button.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
                    choices.Add(new OfferedChoice(colon < 0 ? callback : callback[(colon + 1)..], label, new TelegramPress(callback, messageId)));
                }
            }
        }

        return choices;
    }

    private static void WriteMessage(Utf8JsonWriter writer, long messageId, long chatId, string text)
    {
        writer.WriteStartObject();
        writer.WriteNumber("message_id", messageId);
        writer.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteStartObject("chat");
        writer.WriteNumber("id", chatId);
        writer.WriteString("type", "private");
        writer.WriteEndObject();
        writer.WriteStartObject("from");
        writer.WriteNumber("id", BotUserId);
        writer.WriteBoolean("is_bot", true);
        writer.WriteString("first_name", "DisputeBot");
        writer.WriteEndObject();
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
