using DisputeBot.Hosting;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Storage.Redis;

/// <summary>Registers the Redis store and everything it needs; the only wiring that names StackExchange.Redis types.</summary>
internal static class RedisStoreServiceCollectionExtensions
{
    public static IServiceCollection AddRedisConversationStore(this IServiceCollection services, string? connectionString)
    {
        services.AddOptions<RedisConnectionOptions>().Configure(o => o.ConnectionString = connectionString).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisConnectionOptions>, RedisConnectionOptionsValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        services.AddSingleton<IConversationStore, RedisConversationStore>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return services;
    }
}
