using System.Net.Sockets;
using DisputeBot.Turns;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>Turns the client's transport failures into <see cref="StoreUnavailableException"/>, the store contract's
/// one signal for "try again later".</summary>
internal static class RedisFaults
{
    /// <summary>Server replies that mean "not now" rather than "wrong request": loading the AOF after a restart, a
    /// replica during failover, out of memory under noeviction, a busy script, a cluster reconfiguring.</summary>
    private static readonly string[] TransientReplies = ["LOADING", "READONLY", "MASTERDOWN", "OOM", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "NOREPLICAS"];

    /// <summary>Awaits a client call with a time limit and the caller's cancellation, mapping transport failures.</summary>
    public static async Task<T> Guard<T>(Task<T> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await Limit(call, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>A client call with a time limit and the caller's cancellation. For the per-turn calls, which catch
    /// <see cref="IsTransient"/> failures themselves: one async method fewer per call than <see cref="Guard"/>.</summary>
    public static Task<T> Limit<T>(Task<T> call, TimeSpan timeout, CancellationToken cancellationToken) =>
        call.IsCompleted ? call : call.WaitAsync(timeout, cancellationToken);

    public static StoreUnavailableException Unavailable(Exception exception) =>
        new($"Redis is unavailable: {exception.GetType().Name}", exception);

    public static bool IsTransient(Exception exception) => exception switch
    {
        RedisConnectionException or TimeoutException or SocketException or IOException => true,
        RedisServerException server => TransientReplies.Any(reply => server.Message.StartsWith(reply, StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>The server lost its script cache (a restart, a failover, SCRIPT FLUSH): the script did not run.</summary>
    public static bool IsMissingScript(Exception exception) =>
        exception is RedisServerException server && server.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal);
}
