using DisputeBot.Turns;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>Ready only while Redis answers: an instance that cannot store state should get no traffic.</summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await RedisFaults.Guard(redis.GetDatabase().PingAsync()).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (StoreUnavailableException exception)
        {
            // No exception attached: the health service would log its stack trace at every probe while Redis is down.
            var endpoints = string.Join(",", redis.GetEndPoints().Select(e => e.ToString()));
            return HealthCheckResult.Unhealthy($"Redis at {endpoints} is unreachable ({exception.InnerException?.GetType().Name ?? exception.Message})");
        }
    }
}
