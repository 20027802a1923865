using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DisputeBot.Channels.Telegram.Api;
using DisputeBot.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.Telegram;

/// <summary>
/// A typed Bot API client: <c>POST {ApiRoot}/bot{token}/{method}</c> with a JSON body, success decided from the
/// envelope's <c>ok</c>. Retries are bounded: a 429 waits the <c>retry_after</c> Telegram asked for, network errors
/// and 502-504 back off exponentially. Messages and edits are paced per chat and overall. A call costs the host little:
/// the request's JSON goes from a pooled buffer, the answer is read once into another and only the envelope's fields
/// and what the call needs of the result (sendMessage: the message id) are read from it.
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

    /// <summary>Far beyond any real answer (100 updates of a few kilobytes); only guards memory.</summary>
    private const int MaxAnswerBytes = 64 * 1024 * 1024;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(8);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>How long one client from the factory is reused: well under the factory's handler lifetime (2 min), so
    /// the handlers still rotate and DNS changes are still seen, without a client per call.</summary>
    private static readonly TimeSpan ClientReuse = TimeSpan.FromSeconds(30);

    private static readonly ResultReader<IReadOnlyList<TelegramUpdate>> UpdatesResult = ReadUpdates;
    private static readonly ResultReader<long?> MessageIdResult = BotApiEnvelopeReader.TryReadMessageId;
    private static readonly ResultReader<bool> AnyResult = IgnoreResult;

    private readonly TelegramOptions _options = options.Value;
    private readonly string _baseUrl = $"{options.Value.ApiRoot.TrimEnd('/')}/bot{options.Value.BotToken?.Trim()}/";

    /// <summary>One parsed address per method: building and parsing a Uri per call showed in the profile.</summary>
    private readonly ConcurrentDictionary<string, Uri> _methodUris = new(StringComparer.Ordinal);

    private CachedClient? _http;

    /// <summary>Reads what a call needs of a successful answer's result (the bytes of its value; empty when absent).
    /// False when the result has a shape the call cannot use.</summary>
    private delegate bool ResultReader<TResult>(ReadOnlySpan<byte> result, out TResult? value);

    /// <summary>One getUpdates call, without retries (the poller has its own back-off).</summary>
    public async Task<IReadOnlyList<TelegramUpdate>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "getUpdates",
            new GetUpdatesRequest(offset, 100, timeoutSeconds, allowedUpdates),
            TelegramJsonContext.Default.GetUpdatesRequest,
            UpdatesResult,
            maxRetries: 0,
            RequestTimeout + TimeSpan.FromSeconds(timeoutSeconds),
            cancellationToken).ConfigureAwait(false);
        return result ?? [];
    }

    private Task PaceAsync(long chatId, CancellationToken cancellationToken) =>
        _options.PaceSends ? pacer.WaitTurnAsync(chatId, cancellationToken) : Task.CompletedTask;

    /// <returns>The sent message's id; null when Telegram's answer did not carry one (the emulator's may not).</returns>
    public async Task<long?> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken)
    {
        await PaceAsync(request.ChatId, cancellationToken).ConfigureAwait(false);
        return await CallAsync(
            "sendMessage",
            request,
            TelegramJsonContext.Default.SendMessageRequest,
            MessageIdResult,
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

    /// <summary>A call whose result the bot does not need: any result is accepted (real Telegram answers edits with
    /// the message or true, the emulator with null) and none is read.</summary>
    private Task CallAsync<TRequest>(string method, TRequest request, JsonTypeInfo<TRequest> requestInfo, CancellationToken cancellationToken, int? maxRetries = null) =>
        CallAsync(method, request, requestInfo, AnyResult, maxRetries ?? _options.MaxRetries, RequestTimeout, cancellationToken);

    private async Task<TResult?> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestInfo,
        ResultReader<TResult> readResult,
        int maxRetries,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var body = PooledJsonBody.Serialize(request, requestInfo);
        var uri = _methodUris.GetOrAdd(method, static (name, baseUrl) => new Uri(baseUrl + name), _baseUrl);
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                var answer = await SendOnceAsync(method, uri, body, readResult, timeout, cancellationToken).ConfigureAwait(false);
                if (answer.Error is null)
                {
                    return answer.Result;
                }

                var error = answer.Error;
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

    private async Task<Answer<TResult>> SendOnceAsync<TResult>(
        string method,
        Uri uri,
        PooledJsonBody body,
        ResultReader<TResult> readResult,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var http = Http();
        using var content = new ByteArrayContent(body.Buffer, 0, body.Length);
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };

        // Headers only: the answer is read once, straight into a pooled buffer, instead of buffered by HttpClient
        // and then copied to a fresh array.
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        RequestBody? answer;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false);
            answer = await RequestBody.ReadAsync(stream, MaxAnswerBytes, timeoutSource.Token, response.Content.Headers.ContentLength).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            // A connection lost mid-answer is a network error, as HttpClient reports it when it buffers the answer.
            throw new HttpRequestException($"Telegram {method}: the answer could not be read.", exception);
        }

        using (answer)
        {
            return Read(method, status, answer, readResult);
        }
    }

    private HttpClient Http()
    {
        var now = time.GetTimestamp();
        var cached = Volatile.Read(ref _http);
        if (cached is null || time.GetElapsedTime(cached.Since, now) >= ClientReuse)
        {
            // Two calls may both replace it at the turn of the period: harmless, either client works.
            cached = new CachedClient(httpClientFactory.CreateClient(HttpClientName), now);
            Volatile.Write(ref _http, cached);
        }

        return cached.Client;
    }

    private static Answer<TResult> Read<TResult>(string method, int status, RequestBody? answer, ResultReader<TResult> readResult)
    {
        if (answer is null || !BotApiEnvelopeReader.TryRead(answer.Span, out var envelope))
        {
            // Not a Bot API answer (a proxy's error page, an emulator's bare error): judged by the status alone.
            return new(default, ToException(method, status, null));
        }

        if (envelope.Ok != true)
        {
            return new(default, ToException(method, status, envelope));
        }

        return readResult(answer.Span.Slice(envelope.ResultStart, envelope.ResultLength), out var result)
            ? new(result, null)
            : new(default, ToException(method, status, null));
    }

    private static TelegramApiException ToException(string method, int status, BotApiEnvelope? envelope)
    {
        var code = envelope?.ErrorCode ?? status;
        var description = envelope?.Description ?? envelope?.Message ?? (envelope is null ? "unreadable answer" : null);
        var retryAfter = envelope?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : (TimeSpan?)null;
        return new TelegramApiException(method, code, description, retryAfter) { MigrateToChatId = envelope?.MigrateToChatId };
    }

    private static bool IgnoreResult(ReadOnlySpan<byte> result, out bool value)
    {
        value = true;
        return true;
    }

    private static bool ReadUpdates(ReadOnlySpan<byte> result, out IReadOnlyList<TelegramUpdate>? updates)
    {
        updates = null;
        if (result.IsEmpty)
        {
            return true;
        }

        try
        {
            updates = JsonSerializer.Deserialize(result, TelegramJsonContext.Default.IReadOnlyListTelegramUpdate);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
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

    private sealed record CachedClient(HttpClient Client, long Since);

    /// <summary>One attempt's outcome: the result, or the refusal to throw or retry.</summary>
    private readonly record struct Answer<TResult>(TResult? Result, TelegramApiException? Error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} answered {ErrorCode}; retry {Attempt} in {DelayMs} ms")]
    private partial void LogRetrying(string method, int errorCode, int attempt, long delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed on the network; retry {Attempt} in {DelayMs} ms")]
    private partial void LogNetworkRetry(Exception exception, string method, int attempt, long delayMs);
}
