using System.Net;

namespace DisputeBot.LoadTest.Channels;

/// <summary>The load generator's HttpClient: keep-alive connections sized for the workers, nothing else on the path
/// (no proxy, cookies, redirects or decompression).</summary>
internal static class LoadHttpClient
{
    public static HttpClient Create(int connections, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = timeout,
        DefaultRequestVersion = HttpVersion.Version11,
    };

    /// <summary>Maps a failed request to an error kind for the tally.</summary>
    public static string Classify(Exception exception) => exception switch
    {
        TaskCanceledException => "timeout",
        HttpRequestException { HttpRequestError: var error } => "http " + error,
        System.Text.Json.JsonException => "unreadable reply",
        _ => exception.GetType().Name,
    };
}
