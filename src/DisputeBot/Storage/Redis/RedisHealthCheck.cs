using DisputeBot.Turns;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DisputeBot.Storage.Redis;

/// <summary>Ready only while Redis answers: an instance that cannot store state should get no traffic.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var latency = await RedisFaults.Guard(database.PingAsync(), connection.OperationTimeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (StoreUnavailableException exception)
        {
            // No exception attached: the health service would log its stack trace at every probe while Redis is down.
            return HealthCheckResult.Unhealthy($"Redis at {connection.Endpoints} is unreachable ({exception.InnerException?.GetType().Name ?? exception.Message})");
        }
    }
}
