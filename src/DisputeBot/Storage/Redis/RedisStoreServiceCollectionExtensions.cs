using DisputeBot.Hosting;
using DisputeBot.Storage.DirectLine;
using DisputeBot.Turns;
using StackExchange.Redis;

namespace DisputeBot.Storage.Redis;

/// <summary>Registers the Redis store and everything it needs; the only wiring that names StackExchange.Redis types.</summary>
internal static class RedisStoreServiceCollectionExtensions
{
    /// <exception cref="ConfigurationException">The connection string is empty or malformed: start-up stops
    /// here, before anything runs, with one line naming <c>ConnectionStrings:Redis</c>.</exception>
    public static IServiceCollection AddRedisConversationStore(this IServiceCollection services, string? connectionString)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = RedisConnectionString.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new ConfigurationException(exception.Message, exception);
        }

        // One multiplexer per process. With abortConnect=false it is returned even while Redis is unreachable (after
        // one connectTimeout) and reconnects by itself; the container disposes it after the services that use it.
        services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var options = configuration.Clone();
            options.LoggerFactory = sp.GetRequiredService<ILoggerFactory>();
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSingleton<IConversationStore, RedisConversationStore>();
        services.AddSingleton<Analytics.IAnalyticsStore, RedisAnalyticsStore>();
        services.AddSingleton<IReminderSchedule, RedisReminderSchedule>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>The self-hosted Direct Line's conversations in the same Redis (after <see cref="AddRedisConversationStore"/>).</summary>
    public static IServiceCollection AddRedisDirectLineStore(this IServiceCollection services) =>
        services.AddSingleton<IDirectLineStore, RedisDirectLineStore>();
}
