using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Hosting;
using Polly;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API, the calls this bot makes: send an activity to a conversation, or as a reply to an
/// activity. URLs keep any path prefix of the <c>serviceUrl</c> (Teams: <c>https://smba.trafficmanager.net/amer/</c>)
/// and escape every id (Teams ids hold ':', ';', '@'). Retries are the outbound pipeline's
/// (<see cref="OutboundResilience"/>): a network failure, a timeout, a 5xx or a 429 is retried with back-off,
/// honouring Retry-After; any other 4xx is final at once.
/// </summary>
public sealed partial class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities"), activity, retry: true, cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities", replyToId), activity, retry: true, cancellationToken);

    /// <summary>Sends without retries: for typing indicators, which are worthless when late.</summary>
    internal Task<ResourceResponse?> SendOnceAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(BuildUri(serviceUrl, "v3", "conversations", conversationId, "activities"), activity, retry: false, cancellationToken);

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

    private async Task<ResourceResponse?> PostAsync(Uri uri, Activity activity, bool retry, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJson.Context.Activity));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (!retry)
        {
            OutboundResilience.TryOnce(request);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(uri.Host, (int)response.StatusCode);
                throw new ConnectorException($"The Connector at {uri.Host} answered {(int)response.StatusCode}.", response.StatusCode);
            }

            return await ReadResourceAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or ExecutionRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Unreachable, timed out, or the circuit is open after repeated failures.
            LogUnreachable(exception, uri.Host);
            throw new ConnectorException($"The Connector at {uri.Host} could not be reached.", null, exception);
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Host} answered {Status}")]
    private partial void LogRefused(string host, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector {Host} could not be reached")]
    private partial void LogUnreachable(Exception exception, string host);
}
