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

    /// <summary>Awaits a client call, mapping transport failures. The client itself bounds the wait (asyncTimeout)
    /// and, with <see cref="BacklogPolicy.FailFast"/>, fails at once while disconnected.</summary>
    public static async Task<T> Guard<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (Exception exception) when (IsTransient(exception))
        {
            throw Unavailable(exception);
        }
    }

    public static StoreUnavailableException Unavailable(Exception exception) =>
        new($"Redis is unavailable: {exception.GetType().Name}", exception);

    public static bool IsTransient(Exception exception) => exception switch
    {
        RedisConnectionException or TimeoutException or SocketException or IOException or ObjectDisposedException => true,
        RedisServerException server => TransientReplies.Any(reply => server.Message.StartsWith(reply, StringComparison.Ordinal)),
        _ => false,
    };
}
