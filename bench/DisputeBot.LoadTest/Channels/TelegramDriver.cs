using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Turns over the Telegram webhook (<c>POST /api/telegram</c> with the secret header). A turn is answered when the
/// webhook call has returned and the sink has received the first sendMessage for the shopper's chat; the messages
/// that follow belong to the same turn until the shopper's next one begins. A press is a callback_query carrying
/// the button's callback data.
/// </summary>
internal sealed class TelegramDriver(HttpClient http, IReadOnlyList<Uri> instances, TelegramSink sink, string secretToken, string path = "api/telegram") : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // The update's property names and constant values, encoded once (the writer then only copies them).
    private static readonly JsonEncodedText UpdateIdName = JsonEncodedText.Encode("update_id");
    private static readonly JsonEncodedText CallbackQueryName = JsonEncodedText.Encode("callback_query");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText MessageIdName = JsonEncodedText.Encode("message_id");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText FromName = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText IsBotName = JsonEncodedText.Encode("is_bot");
    private static readonly JsonEncodedText FirstNameName = JsonEncodedText.Encode("first_name");
    private static readonly JsonEncodedText BotFirstName = JsonEncodedText.Encode("DisputeBot");
    private static readonly JsonEncodedText ShopperFirstName = JsonEncodedText.Encode("Shopper");
    private static readonly JsonEncodedText ChatInstanceName = JsonEncodedText.Encode("chat_instance");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText EntitiesName = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText BotCommand = JsonEncodedText.Encode("bot_command");
    private static readonly JsonEncodedText OffsetName = JsonEncodedText.Encode("offset");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText ChatName = JsonEncodedText.Encode("chat");
    private static readonly JsonEncodedText Private = JsonEncodedText.Encode("private");
    private static readonly JsonEncodedText LanguageCodeName = JsonEncodedText.Encode("language_code");
    private static readonly JsonEncodedText En = JsonEncodedText.Encode("en");

    // One writer and buffer per thread, reset for each update (built synchronously, so never shared).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly Uri[] _endpoints = [.. instances.Select(i => new Uri(i, path))];
    private long _nextUpdateId = 100_000;
    private long _nextMessageId = 1;
    private long _repeatedReplies;

    public string Name => "telegram";

    public TelegramSink Sink => sink;

    public int Instances => _endpoints.Length;

    /// <summary>Turns whose replies held the same message twice (a turn answered twice).</summary>
    public long RepeatedReplies => Interlocked.Read(ref _repeatedReplies);

    /// <summary>Closes the shopper's previous turn (its replies, including late ones, become what it answers) and
    /// arms the wait for the next turn's first reply. Called before the shopper chooses its next action.</summary>
    public void Prepare(Shopper shopper)
    {
        var (previous, _) = sink.Inbox(shopper.ChatId).Rotate();
        if (shopper.Turns == 0)
        {
            return;
        }

        if (BotMessage.AnyRepeated(previous))
        {
            Interlocked.Increment(ref _repeatedReplies);
        }

        ShopperScript.Observe(shopper, previous);
    }

    public async Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var updateId = Interlocked.Increment(ref _nextUpdateId);
        var body = Update(shopper, updateId, shopper.LastAction!);
        shopper.SentUpdateIds.Add(updateId.ToString(CultureInfo.InvariantCulture));
        shopper.LastRequest = body;
        shopper.LastInstance = instance;
        var first = sink.Inbox(shopper.ChatId).FirstMessage;

        var started = Stopwatch.GetTimestamp();
        try
        {
            var status = await PostAsync(body, instance, cancellationToken);
            if (status != 200)
            {
                return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, "http " + status);
            }

            // WaitAsync drops its timer as soon as the reply is there (Task.Delay kept one per turn alive for 10 s).
            await first.WaitAsync(ReplyTimeout, cancellationToken);
            return TurnOutcome.Ok(instance, Stopwatch.GetTimestamp() - started);
        }
        catch (TimeoutException)
        {
            return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, "no reply");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, LoadHttpClient.Classify(exception));
        }
    }

    /// <returns>Always false: the webhook answers before the turn runs, and the original turn's later replies may
    /// still be arriving, so an answer to the redelivery can only be told apart afterwards: it would repeat the turn's
    /// messages, which <see cref="Prepare"/> counts as <see cref="RepeatedReplies"/> when the shopper's next turn begins.</returns>
    public async Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        await PostAsync(shopper.LastRequest!, instance, cancellationToken);
        return false;
    }

    private async Task<int> PostAsync(byte[] body, int instance, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoints[instance]) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        // A constant token: no need to parse and validate it on every request.
        request.Headers.TryAddWithoutValidation(SecretHeader, secretToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            using var answer = await PooledBody.ReadAsync(response.Content, cancellationToken);
            if (answer.Length > 0)
            {
                // Telegram runs the method a webhook's answer names, as if the bot had called it.
                sink.RunWebhookAnswer(answer.Span);
            }
        }

        return (int)response.StatusCode;
    }

    private byte[] Update(Shopper shopper, long updateId, ShopperAction action)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Span<byte> id = stackalloc byte[24];
        writer.WriteStartObject();
        writer.WriteNumber(UpdateIdName, updateId);
        if (action is ChooseAction { Choice.Payload: TelegramPress press })
        {
            writer.WriteStartObject(CallbackQueryName);
            writer.WriteString(IdName, Prefixed("cq"u8, updateId, id));
            WriteUser(writer, shopper);
            writer.WriteStartObject(MessageName);
            writer.WriteNumber(MessageIdName, press.MessageId);
            writer.WriteNumber(DateName, now);
            WriteChat(writer, shopper);
            writer.WriteStartObject(FromName);
            writer.WriteNumber(IdName, TelegramSink.BotUserId);
            writer.WriteBoolean(IsBotName, true);
            writer.WriteString(FirstNameName, BotFirstName);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteString(ChatInstanceName, Prefixed("ci"u8, shopper.ChatId, id));
            writer.WriteString(DataName, press.CallbackData);
            writer.WriteEndObject();
        }
        else
        {
            var text = action switch
            {
                StartAction => "/start",
                TextAction t => t.Text,
                ChooseAction c => c.Choice.Label,
                _ => "hi",
            };
            writer.WriteStartObject(MessageName);
            writer.WriteNumber(MessageIdName, Interlocked.Increment(ref _nextMessageId));
            writer.WriteNumber(DateName, now);
            WriteChat(writer, shopper);
            WriteUser(writer, shopper);
            writer.WriteString(TextName, text);
            if (text.StartsWith('/'))
            {
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                writer.WriteStartArray(EntitiesName);
                writer.WriteStartObject();
                writer.WriteString(TypeName, BotCommand);
                writer.WriteNumber(OffsetName, 0);
                writer.WriteNumber(LengthName, space < 0 ? text.Length : space);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A prefix and a number as UTF-8 ("cq123"), without making a string.</summary>
    private static ReadOnlySpan<byte> Prefixed(ReadOnlySpan<byte> prefix, long number, Span<byte> destination)
    {
        prefix.CopyTo(destination);
        return number.TryFormat(destination[prefix.Length..], out var written, provider: CultureInfo.InvariantCulture)
            ? destination[..(prefix.Length + written)]
            : throw new InvalidOperationException("An id did not fit.");
    }

    private static void WriteChat(Utf8JsonWriter writer, Shopper shopper)
    {
        writer.WriteStartObject(ChatName);
        writer.WriteNumber(IdName, shopper.ChatId);
        writer.WriteString(TypeName, Private);
        writer.WriteString(FirstNameName, ShopperFirstName);
        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, Shopper shopper)
    {
        writer.WriteStartObject(FromName);
        writer.WriteNumber(IdName, shopper.ChatId);
        writer.WriteBoolean(IsBotName, false);
        writer.WriteString(FirstNameName, ShopperFirstName);
        writer.WriteString(LanguageCodeName, En);
        writer.WriteEndObject();
    }
}
