using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API, the calls this bot makes: send an activity to a conversation, or as a reply to an
/// activity. URLs keep any path prefix of the <c>serviceUrl</c> (Teams: <c>https://smba.trafficmanager.net/amer/</c>)
/// and escape every id (Teams ids hold ':', ';', '@'). A 429, 412, 502, 503, 504 or a network failure is retried a
/// bounded number of times with exponential back-off and jitter (a 429's Retry-After is honoured, capped); any
/// other failure is final at once.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    private readonly BotFrameworkOptions _options = options.Value;

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities"), activity, _options.ConnectorMaxRetries, cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities", replyToId), activity, _options.ConnectorMaxRetries, cancellationToken);

    /// <summary>Sends without retries: for typing indicators, which are worthless when late.</summary>
    internal Task<ResourceResponse?> SendOnceAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities"), activity, 0, cancellationToken);

    /// <summary>The service URL (its path prefix kept) followed by each segment, escaped.</summary>
    public static Uri BuildUri(string serviceUrl, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var builder = new StringBuilder(serviceUrl.TrimEnd('/'));
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    private async Task<ResourceResponse?> PostAsync(Uri uri, Activity activity, int maxRetries, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJson.Context.Activity);
        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode? status = null;
            TimeSpan? retryAfter = null;
            Exception? failure = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri);
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
                }

                status = response.StatusCode;
                retryAfter = RetryAfter(response);
            }
            catch (HttpRequestException exception)
            {
                failure = exception;
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                failure = exception; // HttpClient's own timeout
            }

            var transient = status is null || IsTransient(status.Value);
            if (!transient || attempt > maxRetries)
            {
                LogGaveUp(uri.Host, (int?)status, attempt);
                throw new ConnectorException(
                    status is null ? $"The Connector at {uri.Host} could not be reached." : $"The Connector at {uri.Host} answered {(int)status}.",
                    status,
                    failure);
            }

            var delay = Backoff(attempt, retryAfter);
            LogRetry(uri.Host, (int?)status, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>Exponential back-off with "equal jitter" (half fixed, half random), or the server's Retry-After;
    /// both capped by <see cref="BotFrameworkOptions.ConnectorRetryMaxDelay"/>.</summary>
    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var cap = _options.ConnectorRetryMaxDelay;
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked < cap ? asked : cap;
        }

        var exponential = _options.ConnectorRetryBaseDelay * Math.Pow(2, attempt - 1);
        if (exponential > cap)
        {
            exponential = cap;
        }

        var half = exponential / 2;
        return half + (half * Random.Shared.NextDouble());
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - time.GetUtcNow() : null;
    }

    private static async Task<ResourceResponse?> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, BotFrameworkJson.Context.ResourceResponse);
        }
        catch (JsonException)
        {
            return null; // Delivered; the answer's shape does not matter.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Host} answered {Status} (attempt {Attempt}); retrying in {DelayMs} ms")]
    private partial void LogRetry(string host, int? status, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Host} call failed with {Status} after {Attempts} attempt(s)")]
    private partial void LogGaveUp(string host, int? status, int attempts);
}
