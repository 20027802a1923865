using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Handoff;

/// <summary>
/// Posts each handoff, whatever the channel, to <c>Support:HandoffWebhookUrl</c>: JSON (<c>"type": "handoff"</c>) with
/// the channel, the conversation id, the language, the reason, the summary and the latest messages; while a person has
/// the case, each message of the buyer (<c>"type": "relay"</c>) follows. Every post is signed with HMAC-SHA256 of the
/// body under <c>Support:HandoffWebhookSecret</c> (header <see cref="SignatureHeader"/>: <c>sha256=</c> and the hex
/// digest) and sent through the outbound resilience pipeline; <see cref="DeliveryHeader"/> is the same for a repeat, so
/// a receiver can drop it. The person answers through <see cref="HandoffReplyEndpoint"/>.
/// </summary>
public sealed partial class HandoffWebhook(IHttpClientFactory clients, IOptions<HandoffWebhookOptions> options, TimeProvider time, ILogger<HandoffWebhook> logger)
{
    public const string ClientName = "handoff-webhook";
    public const string SignatureHeader = "X-DisputeBot-Signature";
    public const string DeliveryHeader = "X-DisputeBot-Delivery";

    private readonly HandoffWebhookOptions _options = options.Value;

    /// <summary>Live when a person answers through the reply endpoint; else the case is only passed on.</summary>
    public HandoffMode Mode => !_options.Enabled ? HandoffMode.None : _options.HandoffAgentReplies ? HandoffMode.Live : HandoffMode.Notify;

    /// <summary>Posts the turn's handoff and the buyer's words relayed to the person, if it has any. Never throws: a
    /// post the receiver did not take is logged (the buyer has been answered already).</summary>
    public async Task NotifyAsync(ConversationKey key, string updateId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        for (var i = 0; i < replies.Count; i++)
        {
            var body = replies[i] switch
            {
                HandoffReply handoff => Body(key, handoff.Request),
                RelayReply relay => Body(key, relay, time.GetUtcNow()),
                _ => null,
            };
            if (body is not null)
            {
                await PostAsync(key, $"{key.Channel}\n{key.ConversationId}\n{updateId}\n{i}", body, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when <paramref name="signature"/> is this host's signature of <paramref name="body"/>, compared in
    /// constant time.</summary>
    public bool IsSignedByUs(ReadOnlySpan<byte> body, string? signature) =>
        _options.Enabled
        && signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, _options.HandoffWebhookSecret!.Trim())), Encoding.ASCII.GetBytes(signature.Trim()));

    private async Task PostAsync(ConversationKey key, string delivery, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.HandoffWebhookUrl)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        request.Headers.Add(SignatureHeader, Sign(body, _options.HandoffWebhookSecret!.Trim()));
        request.Headers.Add(DeliveryHeader, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(delivery)))[..32]);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(key.Channel, (int)response.StatusCode);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or TaskCanceledException or Polly.ExecutionRejectedException)
        {
            LogFailed(exception, key.Channel);
        }
    }

    /// <summary>"sha256=" and the lower-case hex HMAC-SHA256 of <paramref name="body"/>.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    internal static byte[] Body(ConversationKey key, HandoffRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "handoff");
            json.WriteString("channel", key.Channel);
            json.WriteString("conversationId", key.ConversationId);
            json.WriteString("language", request.Language);
            json.WriteString("reason", request.Reason == HandoffReason.Asked ? "asked" : "not_understood");
            json.WriteString("summary", request.Summary);
            json.WriteStartArray("recentMessages");
            foreach (var line in request.Recent)
            {
                json.WriteStartObject();
                json.WriteString("from", line.FromBuyer ? "buyer" : "bot");
                json.WriteString("text", line.Text);
                json.WriteString("at", line.At.ToString("O", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    internal static byte[] Body(ConversationKey key, RelayReply relay, DateTimeOffset at)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "relay");
            json.WriteString("channel", key.Channel);
            json.WriteString("conversationId", key.ConversationId);
            json.WriteString("text", relay.Text);
            json.WriteString("at", at.ToString("O", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The handoff webhook answered {Status} for a post on {Channel}")]
    private partial void LogRefused(string channel, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The handoff webhook could not be reached for a post on {Channel}")]
    private partial void LogFailed(Exception exception, string channel);
}
