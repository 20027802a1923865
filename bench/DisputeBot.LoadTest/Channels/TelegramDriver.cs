using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Turns over the Telegram webhook (<c>POST /api/telegram</c> with the secret header). A turn is answered when the
/// webhook call has returned and the sink has received the first sendMessage for the shopper's chat; the messages
/// that follow belong to the same turn until the shopper's next one begins. A press is a callback_query carrying
/// the button's callback data.
/// </summary>
internal sealed class TelegramDriver(HttpClient http, IReadOnlyList<Uri> instances, TelegramSink sink, string secretToken) : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private readonly Uri[] _endpoints = [.. instances.Select(i => new Uri(i, "api/telegram"))];
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
        shopper.SentUpdateIds.Add(updateId.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

            if (await Task.WhenAny(first, Task.Delay(ReplyTimeout, cancellationToken)) != first)
            {
                return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, "no reply");
            }

            return TurnOutcome.Ok(instance, Stopwatch.GetTimestamp() - started);
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
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secretToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode && answer.Length > 0)
        {
            // Telegram runs the method a webhook's answer names, as if the bot had called it.
            sink.RunWebhookAnswer(answer);
        }

        return (int)response.StatusCode;
    }

    private byte[] Update(Shopper shopper, long updateId, ShopperAction action)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            writer.WriteStartObject();
            writer.WriteNumber("update_id", updateId);
            if (action is ChooseAction { Choice.Payload: TelegramPress press })
            {
                writer.WriteStartObject("callback_query");
                writer.WriteString("id", "cq" + updateId);
                WriteUser(writer, shopper);
                writer.WriteStartObject("message");
                writer.WriteNumber("message_id", press.MessageId);
                writer.WriteNumber("date", now);
                WriteChat(writer, shopper);
                writer.WriteStartObject("from");
                writer.WriteNumber("id", TelegramSink.BotUserId);
                writer.WriteBoolean("is_bot", true);
                writer.WriteString("first_name", "DisputeBot");
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteString("chat_instance", "ci" + shopper.ChatId);
                writer.WriteString("data", press.CallbackData);
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
                writer.WriteStartObject("message");
                writer.WriteNumber("message_id", Interlocked.Increment(ref _nextMessageId));
                writer.WriteNumber("date", now);
                WriteChat(writer, shopper);
                WriteUser(writer, shopper);
                writer.WriteString("text", text);
                if (text.StartsWith('/'))
                {
                    writer.WriteStartArray("entities");
                    writer.WriteStartObject();
                    writer.WriteString("type", "bot_command");
                    writer.WriteNumber("offset", 0);
                    writer.WriteNumber("length", text.Split(' ')[0].Length);
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteChat(System.Text.Json.Utf8JsonWriter writer, Shopper shopper)
    {
        writer.WriteStartObject("chat");
        writer.WriteNumber("id", shopper.ChatId);
        writer.WriteString("type", "private");
        writer.WriteString("first_name", "Shopper");
        writer.WriteEndObject();
    }

    private static void WriteUser(System.Text.Json.Utf8JsonWriter writer, Shopper shopper)
    {
        writer.WriteStartObject("from");
        writer.WriteNumber("id", shopper.ChatId);
        writer.WriteBoolean("is_bot", false);
        writer.WriteString("first_name", "Shopper");
        writer.WriteString("language_code", "en");
        writer.WriteEndObject();
    }
}
