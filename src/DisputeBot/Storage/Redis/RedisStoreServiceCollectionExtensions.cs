using DisputeBot.Hosting;
using DisputeBot.Turns;

namespace DisputeBot.Storage.Redis;

/// <summary>Registers the Redis store and everything it needs; the only wiring that names StackExchange.Redis types.</summary>
internal static class RedisStoreServiceCollectionExtensions
{
    /// <exception cref="ConfigurationException">The connection string is empty or malformed: start-up stops
    /// here, before anything runs, with one line naming <c>ConnectionStrings:Redis</c>.</exception>
    public static IServiceCollection AddRedisConversationStore(this IServiceCollection services, string? connectionString)
    {
        try
        {
            _ = RedisConnectionString.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ConfigurationException(exception.Message, exception);
        }

        services.AddOptions<RedisConnectionOptions>().Configure(o => o.ConnectionString = connectionString);
        services.AddSingleton<RedisConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        services.AddSingleton<IConversationStore, RedisConversationStore>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return services;
    }
}
