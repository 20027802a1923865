using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeBot.Channels.DirectLine;

/// <summary>The names of Direct Line's rate-limit policies and the 429 answer they share.</summary>
internal static class DirectLineRateLimits
{
    /// <summary>Posts (activities, uploads) per conversation.</summary>
    public const string Posts = "directline-posts";

    /// <summary>New conversations (tokens, starts) per client address.</summary>
    public const string Conversations = "directline-conversations";

    /// <summary>Writes 429 with <c>Retry-After</c> (whole seconds, at least 1) and a reason.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var result = DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; retry after {seconds} s.");
        await result.ExecuteAsync(context.HttpContext).ConfigureAwait(false);
    }
}
