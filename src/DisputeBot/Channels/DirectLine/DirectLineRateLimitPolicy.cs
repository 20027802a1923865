using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeBot.Channels.DirectLine;

/// <summary>A fixed-window limit per partition (a conversation, a client address), answered with Direct Line's 429
/// (<see cref="DirectLineRateLimits.RejectAsync"/>). Each of Direct Line's limits is one instance.</summary>
internal sealed class DirectLineRateLimitPolicy : IRateLimiterPolicy<string>
{
    private readonly Func<HttpContext, string> _partitionKey;
    private readonly FixedWindowRateLimiterOptions _limit;

    private DirectLineRateLimitPolicy(Func<HttpContext, string> partitionKey, int permitLimit, TimeSpan window)
    {
        _partitionKey = partitionKey;
        _limit = new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    /// <summary>At most <see cref="DirectLineOptions.PostsPerSecond"/> posts per conversation per second. The partition
    /// is the conversation in the route: its id is unguessable, so a stranger cannot spend another user's allowance.</summary>
    public static DirectLineRateLimitPolicy PostsPerConversation(DirectLineOptions options) =>
        new(static context => context.Request.RouteValues["conversationId"] as string ?? string.Empty, options.PostsPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>At most <see cref="DirectLineOptions.ConversationsPerMinutePerClient"/> new conversations per client
    /// per minute, so one client cannot fill the store with empty conversations. A client is its IPv4 address, or the
    /// /64 of its IPv6 address (one host usually holds a whole /64). Behind a proxy, configure forwarded headers so the
    /// address is the client's.</summary>
    public static DirectLineRateLimitPolicy ConversationsPerClient(DirectLineOptions options) =>
        new(static context => ClientKey(context.Connection.RemoteIpAddress), options.ConversationsPerMinutePerClient, TimeSpan.FromMinutes(1));

    /// <summary>The IPv4 address, or the IPv6 address's /64 network ("2001:db8:1:2::/64").</summary>
    public static string ClientKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return string.Empty;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(_partitionKey(httpContext), _ => _limit);
}
