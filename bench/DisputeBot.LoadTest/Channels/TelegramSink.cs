using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DisputeBot.LoadTest.Shoppers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static DisputeBot.LoadTest.Channels.JsonRead;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Stands in for the Telegram Bot API (<c>POST /bot{token}/{method}</c>): answers every method the way Telegram does
/// (<c>{"ok":true,"result":...}</c>), files each sendMessage into its chat's inbox, and counts calls by method.
/// Runs in the harness's own process on a free loopback port, on the bot's cores: it reads each request in one
/// forward pass (no document), answers from a reused buffer with a Content-Length (as Telegram does), and routes by
/// hand rather than through endpoint routing.
/// </summary>
internal sealed class TelegramSink : IAsyncDisposable
{
    public const string BotToken = "123456:bench-token";
    public const long BotUserId = 123456;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, ChatInbox> _inboxes = new();
    private const string WebhookAnswerSuffix = " (webhook answer)";

    // Property names of the answers, encoded once.
    private static readonly JsonEncodedText OkName = JsonEncodedText.Encode("ok");
    private static readonly JsonEncodedText ResultName = JsonEncodedText.Encode("result");
    private static readonly JsonEncodedText MessageIdName = JsonEncodedText.Encode("message_id");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText ChatName = JsonEncodedText.Encode("chat");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Private = JsonEncodedText.Encode("private");
    private static readonly JsonEncodedText FromName = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText IsBotName = JsonEncodedText.Encode("is_bot");
    private static readonly JsonEncodedText FirstNameName = JsonEncodedText.Encode("first_name");
    private static readonly JsonEncodedText BotFirstName = JsonEncodedText.Encode("DisputeBot");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");

    // One answer buffer and writer per thread, used synchronously between reading the request and handing the
    // answer to the response pipe.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_answer;
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // Counters by method, found by the method's characters without making a string of them.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>>.AlternateLookup<ReadOnlySpan<char>> _callsByName;
    private long _nextMessageId = 1000;
    private long _unknownChat;

    private TelegramSink(WebApplication app, int port)
    {
        _app = app;
        Port = port;
        _callsByName = _calls.GetAlternateLookup<ReadOnlySpan<char>>();
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
        app.Run(sink.HandleAsync);
        await app.StartAsync();
        return sink;
    }

    public ChatInbox Inbox(long chatId) => _inboxes.GetOrAdd(chatId, _ => new ChatInbox());

    public void Forget(long chatId) => _inboxes.TryRemove(chatId, out _);

    public IReadOnlyDictionary<string, long> CallsByMethod() =>
        _calls.ToDictionary(c => c.Key, c => Interlocked.Read(ref c.Value.Value), StringComparer.Ordinal);

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
    public void RunWebhookAnswer(ReadOnlySpan<byte> answer)
    {
        // The counter's name is built in place: the method, then " (webhook answer)".
        Span<char> name = stackalloc char[96];
        var length = -1;
        string? longName = null;
        try
        {
            var reader = new Utf8JsonReader(answer);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (NextProperty(ref reader))
                {
                    var isMethod = reader.ValueTextEquals("method"u8);
                    reader.Read();
                    if (!isMethod)
                    {
                        reader.Skip();
                    }
                    else if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && reader.ValueSpan.Length <= name.Length - WebhookAnswerSuffix.Length)
                    {
                        length = reader.CopyString(name);
                    }
                    else
                    {
                        // Null: nothing to run; another kind of value throws, as reading it from a document did.
                        longName = reader.GetString();
                    }
                }
            }
            else
            {
                reader.Skip();
            }

            // Counted only if the whole answer is JSON, as when it was parsed into a document first.
            ToEnd(ref reader);
        }
        catch (JsonException)
        {
            // Not a method call (an empty object, a problem body): nothing for Telegram to run.
            return;
        }

        if (length >= 0)
        {
            WebhookAnswerSuffix.CopyTo(name[length..]);
            Count(name[..(length + WebhookAnswerSuffix.Length)]);
        }
        else if (longName is not null)
        {
            Count(longName + WebhookAnswerSuffix);
        }
    }

    private static readonly OfferedChoice[] NoChoices = [];

    private static ReadOnlySpan<byte> EmptyString => "\"\""u8;

    private async Task HandleAsync(HttpContext context)
    {
        // The whole request first (the bot's are small), then everything else without awaiting.
        var requestBody = context.Request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await requestBody.ReadAsync(context.RequestAborted);
            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            requestBody.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            Answer(context, read.Buffer);
        }
        finally
        {
            requestBody.AdvanceTo(read.Buffer.End);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private void Answer(HttpContext context, in ReadOnlySequence<byte> body)
    {
        var response = context.Response;
        if (!TryRoute(context.Request.Path.Value, out var token, out var method))
        {
            response.StatusCode = 404;
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            response.StatusCode = 405;
            return;
        }

        Count(method);
        response.ContentType = "application/json";
        if (!token.SequenceEqual(BotToken))
        {
            response.StatusCode = 401;
            Send(response, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"u8);
            return;
        }

        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> request;
            if (body.IsSingleSegment)
            {
                request = body.FirstSpan;
            }
            else
            {
                rented = ArrayPool<byte>.Shared.Rent(checked((int)body.Length));
                body.CopyTo(rented);
                request = rented.AsSpan(0, (int)body.Length);
            }

            var answer = t_answer ??= new ArrayBufferWriter<byte>(1024);
            answer.ResetWrittenCount();
            var writer = t_writer ??= new Utf8JsonWriter(answer);
            writer.Reset(answer);
            writer.WriteStartObject();
            writer.WriteBoolean(OkName, true);
            writer.WritePropertyName(ResultName);
            switch (method)
            {
                case "sendMessage":
                    SendMessage(request, writer);
                    break;
                case "editMessageReplyMarkup":
                    EditMessage(request, writer);
                    break;
                case "getMe":
                    Validate(request);
                    writer.WriteStartObject();
                    writer.WriteNumber(IdName, BotUserId);
                    writer.WriteBoolean(IsBotName, true);
                    writer.WriteString(FirstNameName, BotFirstName);
                    writer.WriteString("username", "dispute_bench_bot");
                    writer.WriteEndObject();
                    break;
                default:
                    // answerCallbackQuery, sendChatAction, setMyCommands, setWebhook: the bot runs in webhook mode
                    Validate(request);
                    writer.WriteBooleanValue(true);
                    break;
            }

            writer.WriteEndObject();
            writer.Flush();
            Send(response, answer.WrittenSpan);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Copies the answer into the response pipe (flushed by the caller), with its length.</summary>
    private static void Send(HttpResponse response, ReadOnlySpan<byte> answer)
    {
        response.ContentLength = answer.Length;
        response.BodyWriter.Write(answer);
    }

    /// <summary><c>/bot{token}/{method}</c>, as the Bot API's paths are.</summary>
    private static bool TryRoute(ReadOnlySpan<char> path, out ReadOnlySpan<char> token, out ReadOnlySpan<char> method)
    {
        token = default;
        method = default;
        if (!path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = path[4..];
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        token = rest[..slash];
        method = rest[(slash + 1)..];
        return method.Length > 0 && !method.Contains('/');
    }

    private void Count(ReadOnlySpan<char> method)
    {
        if (!_callsByName.TryGetValue(method, out var count))
        {
            count = _calls.GetOrAdd(method.ToString(), static _ => new StrongBox<long>());
        }

        Interlocked.Increment(ref count.Value);
    }

    /// <summary>A request the sink does not read must still be JSON (when it has a body), or it is answered 500.</summary>
    private static void Validate(ReadOnlySpan<byte> request)
    {
        if (request.IsEmpty)
        {
            return;
        }

        var reader = new Utf8JsonReader(request);
        reader.Read();
        reader.Skip();
        ToEnd(ref reader);
    }

    /// <summary>Files the message into its chat's inbox (with its buttons, pressable by callback data) and answers it.</summary>
    private void SendMessage(ReadOnlySpan<byte> request, Utf8JsonWriter writer)
    {
        var messageId = Interlocked.Increment(ref _nextMessageId);
        var reader = new Utf8JsonReader(request);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        long chatId = 0;
        var text = "";
        // The text as the bot encoded it, echoed in the answer without decoding and escaping it again.
        var rawText = EmptyString;
        List<OfferedChoice>? choices = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("chat_id"u8))
            {
                reader.Read();
                chatId = ChatId(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                var start = checked((int)reader.TokenStartIndex);
                text = JsonStringField.Read(ref reader).Get() ?? "";
                rawText = text.Length == 0 ? EmptyString : request[start..checked((int)reader.BytesConsumed)];
            }
            else if (reader.ValueTextEquals("reply_markup"u8))
            {
                reader.Read();
                choices = Buttons(ref reader, messageId);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        ToEnd(ref reader);
        if (_inboxes.TryGetValue(chatId, out var inbox))
        {
            inbox.Add(new BotMessage(text, choices ?? (IReadOnlyList<OfferedChoice>)NoChoices));
        }
        else
        {
            Interlocked.Increment(ref _unknownChat);
        }

        WriteMessage(writer, messageId, chatId, rawText);
    }

    private static void EditMessage(ReadOnlySpan<byte> request, Utf8JsonWriter writer)
    {
        var reader = new Utf8JsonReader(request);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        long chatId = 0, messageId = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("chat_id"u8))
            {
                reader.Read();
                chatId = ChatId(ref reader);
            }
            else if (reader.ValueTextEquals("message_id"u8))
            {
                reader.Read();
                messageId = reader.GetInt64();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        ToEnd(ref reader);
        WriteMessage(writer, messageId, chatId, EmptyString);
    }

    /// <summary>A chat id as a number or a numeric string (anything else in a string is no chat: 0).</summary>
    private static long ChatId(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number ? reader.GetInt64()
        : long.TryParse(reader.GetString(), out var parsed) ? parsed : 0;

    /// <summary>The inline keyboard's buttons that carry callback data; the choice id is what follows the first ':'.</summary>
    private static List<OfferedChoice>? Buttons(ref Utf8JsonReader reader, long messageId)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        List<OfferedChoice>? choices = null;
        while (NextProperty(ref reader))
        {
            var isKeyboard = reader.ValueTextEquals("inline_keyboard"u8);
            reader.Read();
            if (!isKeyboard)
            {
                reader.Skip();
                continue;
            }

            Expect(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Expect(ref reader, JsonTokenType.StartArray);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Expect(ref reader, JsonTokenType.StartObject);
                    JsonStringField data = default, label = default;
                    while (NextProperty(ref reader))
                    {
                        if (reader.ValueTextEquals("callback_data"u8))
                        {
                            reader.Read();
                            data = JsonStringField.Read(ref reader);
                        }
                        else if (reader.ValueTextEquals("text"u8))
                        {
                            reader.Read();
                            label = JsonStringField.Read(ref reader);
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }

                    if (data.Get() is { } callback)
                    {
                        var colon = callback.IndexOf(':', StringComparison.Ordinal);
                        (choices ??= new List<OfferedChoice>(8)).Add(new OfferedChoice(colon < 0 ? callback : callback[(colon + 1)..], label.Get() ?? "", new TelegramPress(callback, messageId)));
                    }
                }
            }
        }

        return choices;
    }

    /// <param name="text">The message's text as a JSON string, quotes included.</param>
    private static void WriteMessage(Utf8JsonWriter writer, long messageId, long chatId, ReadOnlySpan<byte> text)
    {
        writer.WriteStartObject();
        writer.WriteNumber(MessageIdName, messageId);
        writer.WriteNumber(DateName, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteStartObject(ChatName);
        writer.WriteNumber(IdName, chatId);
        writer.WriteString(TypeName, Private);
        writer.WriteEndObject();
        writer.WriteStartObject(FromName);
        writer.WriteNumber(IdName, BotUserId);
        writer.WriteBoolean(IsBotName, true);
        writer.WriteString(FirstNameName, BotFirstName);
        writer.WriteEndObject();
        writer.WritePropertyName(TextName);
        writer.WriteRawValue(text, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
