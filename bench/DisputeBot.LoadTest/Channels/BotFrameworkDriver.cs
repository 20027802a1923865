using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using DisputeBot.LoadTest.Load;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// Turns over <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>: the replies come back in the response
/// body, so a turn is answered when its response arrives. Buttons are pressed as a Web Chat client would: imBack
/// sends the value as text, messageBack and postBack send the value (and text, if any), Action.Submit sends the data.
/// </summary>
internal sealed class BotFrameworkDriver(HttpClient http, IReadOnlyList<Uri> instances, string channelId = "webchat") : ITurnDriver
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly IReadOnlyList<BotMessage> NoReplies = [];
    private static readonly TimeSpan LocalOffset = TimeSpan.FromHours(2);

    // The activity's property names and constant values, encoded once (the writer then only copies them).
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TimestampName = JsonEncodedText.Encode("timestamp");
    private static readonly JsonEncodedText LocalTimestampName = JsonEncodedText.Encode("localTimestamp");
    private static readonly JsonEncodedText ServiceUrlName = JsonEncodedText.Encode("serviceUrl");
    private static readonly JsonEncodedText ServiceUrl = JsonEncodedText.Encode("http://127.0.0.1:9/");
    private static readonly JsonEncodedText ChannelIdName = JsonEncodedText.Encode("channelId");
    private static readonly JsonEncodedText FromName = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText User = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText ConversationName = JsonEncodedText.Encode("conversation");
    private static readonly JsonEncodedText RecipientName = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText BotId = JsonEncodedText.Encode("disputebot");
    private static readonly JsonEncodedText Bot = JsonEncodedText.Encode("bot");
    private static readonly JsonEncodedText LocaleName = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText Locale = JsonEncodedText.Encode("en-US");
    private static readonly JsonEncodedText DeliveryModeName = JsonEncodedText.Encode("deliveryMode");
    private static readonly JsonEncodedText ExpectReplies = JsonEncodedText.Encode("expectReplies");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Hi = JsonEncodedText.Encode("hi");

    // One writer and buffer per thread, reset for each activity (built synchronously, so never shared).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly Uri[] _endpoints = [.. instances.Select(i => new Uri(i, "api/messages"))];
    private readonly JsonEncodedText _channelId = JsonEncodedText.Encode(channelId);

    public string Name => "botframework";

    public int Instances => _endpoints.Length;

    public async Task<TurnOutcome> RunTurnAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var updateId = $"{shopper.ConversationId}-{shopper.Turns + 1}";
        var body = Activity(shopper, updateId, shopper.LastAction!);
        shopper.SentUpdateIds.Add(updateId);
        shopper.LastRequest = body;
        shopper.LastInstance = instance;

        var started = Stopwatch.GetTimestamp();
        try
        {
            var (status, replies) = await PostAsync(body, instance, cancellationToken);
            var elapsed = Stopwatch.GetTimestamp() - started;
            if (status != 200)
            {
                return TurnOutcome.Failed(instance, elapsed, "http " + status);
            }

            if (replies.Count == 0)
            {
                return TurnOutcome.Failed(instance, elapsed, "no reply");
            }

            if (BotMessage.AnyRepeated(replies))
            {
                return TurnOutcome.Failed(instance, elapsed, "same reply twice");
            }

            ShopperScript.Observe(shopper, replies);
            return TurnOutcome.Ok(instance, elapsed);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException)
        {
            return TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, LoadHttpClient.Classify(exception));
        }
    }

    public async Task<bool> RedeliverAsync(Shopper shopper, int instance, CancellationToken cancellationToken)
    {
        var (status, replies) = await PostAsync(shopper.LastRequest!, instance, cancellationToken);
        return status == 200 && replies.Count > 0;
    }

    private async Task<(int Status, IReadOnlyList<BotMessage> Replies)> PostAsync(byte[] body, int instance, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(_endpoints[instance], content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, NoReplies);
        }

        using var reply = await PooledBody.ReadAsync(response.Content, cancellationToken);
        return ((int)response.StatusCode, reply.Length > 0 ? BotFrameworkReplies.Read(reply.Span) : NoReplies);
    }

    private byte[] Activity(Shopper shopper, string updateId, ShopperAction action)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        var now = DateTimeOffset.UtcNow;
        // Formatted straight to UTF-8, as "O" (the writer escapes '+' as before).
        Span<byte> stamp = stackalloc byte[64];
        writer.WriteStartObject();
        writer.WriteString(TypeName, Message);
        writer.WriteString(IdName, updateId);
        writer.WriteString(TimestampName, stamp[..Format(now, stamp)]);
        writer.WriteString(LocalTimestampName, stamp[..Format(now.ToOffset(LocalOffset), stamp)]);
        writer.WriteString(ServiceUrlName, ServiceUrl);
        writer.WriteString(ChannelIdName, _channelId);
        writer.WriteStartObject(FromName);
        writer.WriteString(IdName, shopper.UserId);
        writer.WriteString(RoleName, User);
        writer.WriteEndObject();
        writer.WriteStartObject(ConversationName);
        writer.WriteString(IdName, shopper.ConversationId);
        writer.WriteEndObject();
        writer.WriteStartObject(RecipientName);
        writer.WriteString(IdName, BotId);
        writer.WriteString(RoleName, Bot);
        writer.WriteEndObject();
        writer.WriteString(LocaleName, Locale);
        writer.WriteString(DeliveryModeName, ExpectReplies);
        switch (action)
        {
            case StartAction:
                writer.WriteString(TextName, Hi);
                break;
            case TextAction text:
                writer.WriteString(TextName, text.Text);
                break;
            case ChooseAction { Choice.Payload: CardActionPress press }:
                if (press.Text is not null)
                {
                    writer.WriteString(TextName, press.Text);
                }

                if (press.RawValue is { } value)
                {
                    writer.WritePropertyName(ValueName);
                    writer.WriteRawValue(value, skipInputValidation: true);
                }

                break;
            case ChooseAction choose:
                writer.WriteString(TextName, choose.Choice.Label);
                break;
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static int Format(DateTimeOffset time, Span<byte> destination) =>
        time.TryFormat(destination, out var written, "O", CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("A timestamp did not fit.");
}
