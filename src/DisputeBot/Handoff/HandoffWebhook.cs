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
/// Posts each handoff, whatever the channel, to <c>Support:HandoffWebhookUrl</c>: JSON with the channel, the
/// conversation id, the language, the reason, the summary and the latest messages, signed with HMAC-SHA256 of the
/// body under <c>Support:HandoffWebhookSecret</c> (header <see cref="SignatureHeader"/>: <c>sha256=</c> and the hex
/// digest). Sent through the outbound resilience pipeline; <see cref="DeliveryHeader"/> names the turn, so a receiver
/// can drop a repeat.
/// </summary>
public sealed partial class HandoffWebhook(IHttpClientFactory clients, IOptions<HandoffWebhookOptions> options, ILogger<HandoffWebhook> logger)
{
    public const string ClientName = "handoff-webhook";
    public const string SignatureHeader = "X-DisputeBot-Signature";
    public const string DeliveryHeader = "X-DisputeBot-Delivery";

    private readonly HandoffWebhookOptions _options = options.Value;

    /// <summary>Without a live route on the channel, a configured webhook still passes the case on.</summary>
    public HandoffMode Mode => _options.Enabled ? HandoffMode.Notify : HandoffMode.None;

    /// <summary>Posts the turn's handoff, if it made one. Never throws: a handoff the receiver did not take is logged
    /// (the buyer has been answered already).</summary>
    public async Task NotifyAsync(ConversationKey key, string updateId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!_options.Enabled || replies.OfType<HandoffReply>().FirstOrDefault() is not { } handoff)
        {
            return;
        }

        var body = Body(key, handoff.Request);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.HandoffWebhookUrl)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        request.Headers.Add(SignatureHeader, Sign(body, _options.HandoffWebhookSecret!.Trim()));
        request.Headers.Add(DeliveryHeader, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Channel}\n{key.ConversationId}\n{updateId}")))[..32]);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The handoff webhook answered {Status} for a handoff on {Channel}")]
    private partial void LogRefused(string channel, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The handoff webhook could not be reached for a handoff on {Channel}")]
    private partial void LogFailed(Exception exception, string channel);
}
