using DisputeBot.Analytics;
using DisputeBot.Storage.Redis;
using DisputeBot.Turns;

namespace DisputeBot.Storage;

/// <summary>Chooses the conversation store: in memory unless a Redis connection string is configured
/// (<c>ConnectionStrings:Redis</c>, env <c>ConnectionStrings__Redis</c>).</summary>
public static class StorageHostExtensions
{
    public static WebApplicationBuilder AddConversationStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StateStoreOptions>().Bind(builder.Configuration.GetSection(StateStoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        // Present but blank still means Redis was intended: validation then stops start-up naming the setting.
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (redis is null)
        {
            builder.Services.AddSingleton<IConversationStore, InMemoryConversationStore>();
            builder.Services.AddSingleton<IAnalyticsStore, InMemoryAnalyticsStore>();
            builder.Services.AddSingleton<IReminderSchedule, InMemoryReminderSchedule>();
        }
        else
        {
            builder.Services.AddRedisConversationStore(redis);
        }

        // The reply outbox lives in the store: replies are saved in the state's own conditional write.
        builder.Services.AddSingleton(sp => (IReplyOutbox)sp.GetRequiredService<IConversationStore>());
        builder.Services.AddSingleton<ReplyDispatcher>();
        builder.Services.AddHostedService<OutboxSweeper>();

        // Reminders: a wake-up per conversation in the same store, swept by every instance.
        builder.Services.AddOptions<ReminderOptions>().Bind(builder.Configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<ReminderOptions>(o => o.Unreachable.Add("terminal"));
        builder.Services.AddSingleton<ReminderSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReminderSweeper>());
        return builder;
    }
}
