using DisputeBot.Channels.BotFramework.Authentication;
using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Files;
using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Hosting;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework;

/// <summary>Wiring of the Bot Framework channel: <c>POST /api/messages</c> (Teams, Azure Web Chat and Direct Line,
/// the Emulator), the Connector client for replies and proactive messages, and the <see cref="IActivityHandler"/>
/// the self-hosted Direct Line uses.</summary>
public static partial class BotFrameworkChannelHostExtensions
{
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // The Bot Framework's flat names at the root (as Azure App Service sets them), the rest in a section.
                configuration.Bind(options);
                configuration.GetSection(BotFrameworkOptions.Section).Bind(options);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        services.AddHttpClient(MetadataDocumentRetriever.ClientName).AddOutboundResilience();
        // MSAL retries its token endpoint itself.
        services.AddHttpClient(MsalHttpClientFactory.ClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddConnectorClient();

        services.AddSingleton<OpenIdMetadataSources>();
        services.AddSingleton(sp => new BotFrameworkAuthenticator(
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>(),
            sp.GetRequiredService<OpenIdMetadataSources>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotFrameworkAuthenticator>>()));
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddSingleton<ReplyRenderers>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<BotFrameworkActivityHandler>();
        services.AddSingleton<IActivityHandler>(sp => sp.GetRequiredService<BotFrameworkActivityHandler>());
        services.AddSingleton<IReplySender, BotFrameworkReplySender>();

        // Reminders on Teams, Azure Web Chat and any other Connector channel go proactively through the Connector
        // (the self-hosted Direct Line names its own sender: it has no Connector to post to).
        services.Configure<ReminderOptions>(o => o.DefaultSender = BotFrameworkReplySender.SenderName);
        return builder;
    }

    /// <summary>The Connector's typed client on the outbound pipeline. Needs an <see cref="IConnectorTokenProvider"/>.</summary>
    public static IHttpClientBuilder AddConnectorClient(this IServiceCollection services) =>
        services.AddHttpClient<ConnectorClient>().AddOutboundResilience();

    public static WebApplication MapBotFrameworkChannel(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.IsAnonymous)
        {
            LogAnonymousMode(app.Logger);
        }

        if (!options.IsAnonymous && string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            LogNoPublicBaseUrl(app.Logger);
        }

        app.MapPost(BotMessagesEndpoint.Route, BotMessagesEndpoint.HandleAsync);
        app.MapGet(CalendarLinks.Route, CalendarFileEndpoint.DownloadAsync);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No MicrosoftAppId is configured: /api/messages accepts requests without a token and replies are sent without one (local anonymous mode, for the Emulator and local tests). Set MicrosoftAppId and MicrosoftAppPassword to connect Teams or Azure Bot Service.")]
    private static partial void LogAnonymousMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "BotFramework:PublicBaseUrl is not set: calendar files on Teams and Azure Web Chat go inline as data: URLs, which Teams does not open. Set it to the bot's public https address (https://bot.example.com) to send them as signed download links.")]
    private static partial void LogNoPublicBaseUrl(ILogger logger);
}
