using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>At most <see cref="DirectLineOptions.ConversationsPerMinutePerClient"/> new conversations per client address
/// per minute, so one client cannot fill the memory with empty conversations. Behind a proxy, configure forwarded
/// headers so the address is the client's.</summary>
internal sealed class DirectLineConversationRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    private readonly FixedWindowRateLimiterOptions _limit = new()
    {
        PermitLimit = options.Value.ConversationsPerMinutePerClient,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty, _ => _limit);
}
