using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DisputeBot.Hosting;

/// <summary>
/// The one resilience pipeline of every outbound HTTP call (the Bot Framework Connector, the OpenID metadata, the
/// Telegram Bot API): the standard one of Microsoft.Extensions.Http.Resilience, on the client's
/// <see cref="IHttpClientFactory"/> registration. A call is retried after a network failure, a timed-out attempt or
/// a transient status, with exponential back-off and jitter, honouring Retry-After; a total timeout bounds it all, and
/// a circuit breaker stops hammering a service that keeps failing. Other 4xx answers (400, 401, 403, 404, 412) are
/// final: sending the same request again cannot change them. A client adjusts only what its protocol needs.
/// </summary>
public static class OutboundResilience
{
    private static readonly HttpRequestOptionsKey<bool> SingleAttempt = new("DisputeBot.SingleAttempt");

    /// <summary>Marks a request that is worthless when late (a typing indicator): it is tried once, never retried.</summary>
    public static void TryOnce(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(SingleAttempt, true);
    }

    /// <param name="leftToCaller">Statuses the caller handles itself, never retried here (Telegram.Bot retries a 429
    /// as Telegram asks; a second retry around it would multiply the waits).</param>
    public static IHttpClientBuilder AddOutboundResilience(this IHttpClientBuilder builder, TimeSpan? attemptTimeout = null, params HttpStatusCode[] leftToCaller)
    {
        builder.AddStandardResilienceHandler(options =>
        {
            options.Retry.ShouldHandle = args => ValueTask.FromResult(
                !IsSingleAttempt(args.Context.GetRequestMessage()) && IsTransient(args.Outcome, leftToCaller));
            options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, leftToCaller));
            if (attemptTimeout is { } attempt)
            {
                // A long poll needs a long attempt; the totals must still hold the attempts (the options are validated).
                options.AttemptTimeout.Timeout = attempt;
                options.TotalRequestTimeout.Timeout = Max(options.TotalRequestTimeout.Timeout, 2 * attempt);
                options.CircuitBreaker.SamplingDuration = Max(options.CircuitBreaker.SamplingDuration, 2 * attempt);
            }
        });

        // The pipeline's timeouts rule; HttpClient's own would cut its retries short.
        return builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, HttpStatusCode[] leftToCaller) =>
        HttpClientResiliencePredicates.IsTransient(outcome)
        && (outcome.Result is not { } response || Array.IndexOf(leftToCaller, response.StatusCode) < 0);

    private static bool IsSingleAttempt(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(SingleAttempt, out var once) && once;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
