using DisputeBot.Turns;

namespace DisputeBot.Storage;

/// <summary>Chooses the conversation store: in memory unless a Redis connection string is configured.</summary>
public static class StorageHostExtensions
{
    public static WebApplicationBuilder AddConversationStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StateStoreOptions>().Bind(builder.Configuration.GetSection(StateStoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IConversationStore, InMemoryConversationStore>();
        return builder;
    }
}
