using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DisputeBot.Channels.Telegram.Api;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.Telegram;

/// <summary>
/// A typed Bot API client: <c>POST {ApiRoot}/bot{token}/{method}</c> with a JSON body, success decided from the
/// envelope's <c>ok</c>. Retries are bounded: a 429 waits the <c>retry_after</c> Telegram asked for, network errors
/// and 502-504 back off exponentially. Messages and edits are paced per chat and overall.
/// </summary>
public sealed partial class TelegramBotClient(
    IHttpClientFactory httpClientFactory,
    IOptions<TelegramOptions> options,
    TelegramSendPacer pacer,
    TimeProvider time,
    ILogger<TelegramBotClient> logger)
{
    /// <summary>Name of the HttpClient; its request logging is removed, because request URLs contain the token.</summary>
    public const string HttpClientName = "telegram";

    public const string HtmlParseMode = "HTML";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(8);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly TelegramOptions _options = options.Value;
    private readonly string _baseUrl = $"{options.Value.ApiRoot.TrimEnd('/')}/bot{options.Value.BotToken?.Trim()}/";

    /// <summary>One getUpdates call, without retries (the poller has its own back-off).</summary>
    public async Task<IReadOnlyList<TelegramUpdate>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "getUpdates",
            new GetUpdatesRequest(offset, 100, timeoutSeconds, allowedUpdates),
            TelegramJsonContext.Default.GetUpdatesRequest,
            TelegramJsonContext.Default.BotApiResponseIReadOnlyListTelegramUpdate,
            maxRetries: 0,
            RequestTimeout + TimeSpan.FromSeconds(timeoutSeconds),
            cancellationToken).ConfigureAwait(false);
        return result ?? [];
    }

    private Task PaceAsync(long chatId, CancellationToken cancellationToken) =>
        _options.PaceSends ? pacer.WaitTurnAsync(chatId, cancellationToken) : Task.CompletedTask;

    public async Task<TelegramMessage?> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        await PaceAsync(request.ChatId, cancellationToken).ConfigureAwait(false);
        return await CallAsync(
            "sendMessage",
            request,
            TelegramJsonContext.Default.SendMessageRequest,
            TelegramJsonContext.Default.BotApiResponseTelegramMessage,
            _options.MaxRetries,
            RequestTimeout,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task EditMessageReplyMarkupAsync(EditMessageReplyMarkupRequest request, CancellationToken cancellationToken)
    {
        await PaceAsync(request.ChatId, cancellationToken).ConfigureAwait(false);
        await CallAsync("editMessageReplyMarkup", request, TelegramJsonContext.Default.EditMessageReplyMarkupRequest, cancellationToken).ConfigureAwait(false);
    }

    public Task AnswerCallbackQueryAsync(string callbackQueryId, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", new AnswerCallbackQueryRequest(callbackQueryId), TelegramJsonContext.Default.AnswerCallbackQueryRequest, cancellationToken);

    /// <summary>Not retried: a late "typing" is worse than none.</summary>
    public Task SendChatActionAsync(long chatId, string action, CancellationToken cancellationToken) =>
        CallAsync("sendChatAction", new SendChatActionRequest(chatId, action), TelegramJsonContext.Default.SendChatActionRequest, cancellationToken, maxRetries: 0);

    public Task SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", request, TelegramJsonContext.Default.SetMyCommandsRequest, cancellationToken);

    public Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", request, TelegramJsonContext.Default.SetWebhookRequest, cancellationToken);

    private Task CallAsync<TRequest>(string method, TRequest request, JsonTypeInfo<TRequest> requestInfo, CancellationToken cancellationToken, int? maxRetries = null) =>
        CallAsync(method, request, requestInfo, TelegramJsonContext.Default.BotApiResponseJsonElement, maxRetries ?? _options.MaxRetries, RequestTimeout, cancellationToken);

    private async Task<TResult?> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<BotApiResponse<TResult>> responseInfo,
        int maxRetries,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestInfo);
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                var (status, envelope) = await SendOnceAsync(method, body, responseInfo, timeout, cancellationToken).ConfigureAwait(false);
                if (envelope?.Ok == true)
                {
                    return envelope.Result;
                }

                var error = ToException(method, status, envelope);
                var retryIn = RetryDelay(error, attempt);
                if (retryIn is null || attempt >= maxRetries)
                {
                    throw error;
                }

                wait = retryIn.Value;
                LogRetrying(method, error.ErrorCode, attempt + 1, (long)wait.TotalMilliseconds);
            }
            catch (HttpRequestException exception) when (attempt < maxRetries)
            {
                wait = Backoff(attempt);
                LogNetworkRetry(exception, method, attempt + 1, (long)wait.TotalMilliseconds);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt >= maxRetries)
                {
                    throw new TimeoutException($"Telegram {method} got no answer within {timeout.TotalSeconds:0} s.", exception);
                }

                wait = Backoff(attempt);
                LogNetworkRetry(exception, method, attempt + 1, (long)wait.TotalMilliseconds);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(int Status, BotApiResponse<TResult>? Envelope)> SendOnceAsync<TResult>(
        string method,
        byte[] body,
        JsonTypeInfo<BotApiResponse<TResult>> responseInfo,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(new Uri(_baseUrl + method), content, timeoutSource.Token).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token).ConfigureAwait(false);
        try
        {
            return ((int)response.StatusCode, JsonSerializer.Deserialize(answer, responseInfo));
        }
        catch (JsonException)
        {
            // Not a Bot API answer (a proxy's error page, an emulator's bare error): judged by the status alone.
            return ((int)response.StatusCode, null);
        }
    }

    private static TelegramApiException ToException<TResult>(string method, int status, BotApiResponse<TResult>? envelope)
    {
        var code = envelope?.ErrorCode ?? status;
        var description = envelope?.Description ?? envelope?.Message ?? (envelope is null ? "unreadable answer" : null);
        var retryAfter = envelope?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
        return new TelegramApiException(method, code, description, retryAfter);
    }

    private static TimeSpan? RetryDelay(TelegramApiException error, int attempt) => error.ErrorCode switch
    {
        // Flood control: wait as told, unless told to wait so long that holding the turn makes no sense.
        429 => error.RetryAfter is { } after ? (after <= LongestRetryAfter ? after : null) : Backoff(attempt),
        502 or 503 or 504 => Backoff(attempt),
        _ => null,
    };

    private static TimeSpan Backoff(int attempt)
    {
        var baseDelay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt));
        var jittered = baseDelay * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return jittered < LongestBackoff ? jittered : LongestBackoff;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} answered {ErrorCode}; retry {Attempt} in {DelayMs} ms")]
    private partial void LogRetrying(string method, int errorCode, int attempt, long delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed on the network; retry {Attempt} in {DelayMs} ms")]
    private partial void LogNetworkRetry(Exception exception, string method, int attempt, long delayMs);
}
