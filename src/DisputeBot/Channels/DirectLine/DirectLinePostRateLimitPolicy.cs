using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>At most <see cref="DirectLineOptions.PostsPerSecond"/> posts per conversation per second. The partition is
/// the conversation in the route: its id is unguessable, so a stranger cannot spend another user's allowance.</summary>
internal sealed class DirectLinePostRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    private readonly FixedWindowRateLimiterOptions _limit = new()
    {
        PermitLimit = options.Value.PostsPerSecond,
        Window = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Request.RouteValues["conversationId"] as string ?? string.Empty, _ => _limit);
}
