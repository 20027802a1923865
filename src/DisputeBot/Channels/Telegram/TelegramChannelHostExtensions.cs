using System.Net;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Channels.Telegram.Support;
using DisputeBot.Hosting;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace DisputeBot.Channels.Telegram;

/// <summary>
/// Wiring of the Telegram channel. Services are registered always and act only when Telegram:BotToken is set (the
/// setting is read when the host starts, so every configuration source counts); the settings are validated at start.
/// </summary>
public static partial class TelegramChannelHostExtensions
{
    /// <summary>Name of the Bot API's HttpClient; its request logging is removed, because request URLs contain the token.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>Longer than the longest long poll (Telegram:PollTimeoutSeconds is at most 50).</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(60);

    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // Telegram.Bot retries a 429 as Telegram asks; 500 is Telegram's own refusal (and the test emulator's answer
        // to a method it lacks), not worth a retry.
        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .AddOutboundResilience(AttemptTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError);

        // One long-lived client: the factory's handler renews its pooled connections, so DNS changes are still seen.
        services.AddSingleton<ITelegramBotClient>(sp => new TelegramBotClient(
            new TelegramBotClientOptions(Options(sp).BotToken!.Trim(), Options(sp).ApiRoot),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<TelegramReplyRenderer>();
        services.AddSingleton<TelegramSupportGroup>();
        services.AddSingleton<ITelegramUpdateHandler, TelegramUpdateHandler>();
        // Resolved with every other sender by the outbox, so it must exist even when the channel is off (no token).
        services.AddSingleton<IReplySender>(sp => Enabled(sp) ? ActivatorUtilities.CreateInstance<TelegramReplySender>(sp) : ChannelOffSender.Instance);
        services.AddSingleton<TelegramUpdateDispatcher>();
        services.Configure<ReminderOptions>(o => o.Senders[TelegramUpdateHandler.Channel] = TelegramReplySender.SenderName);
        services.AddSingleton<TelegramPollingService>();
        services.AddSingleton<TelegramWebhookEndpoint>();

        // Registered in this order so that stopping (reverse order) ends polling before draining the lanes. Plain
        // singletons, not AddHostedService: its de-duplication cannot tell factories of one interface apart.
        services.AddSingleton<IHostedService>(sp => Enabled(sp) ? sp.GetRequiredService<TelegramUpdateDispatcher>() : Idle.Instance);
        services.AddSingleton<IHostedService>(sp => Enabled(sp) ? ActivatorUtilities.CreateInstance<TelegramStartupService>(sp) : Idle.Instance);
        services.AddSingleton<IHostedService>(sp => Enabled(sp) && Options(sp).Mode == TelegramMode.Polling ? sp.GetRequiredService<TelegramPollingService>() : Idle.Instance);
        return builder;
    }

    public static WebApplication MapTelegramChannel(this WebApplication app)
    {
        var options = Options(app.Services);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramChannelHostExtensions).Namespace!);
        if (!options.Enabled)
        {
            LogOff(logger);
            return app;
        }

        LogOn(logger, options.Mode);
        if (options.Mode == TelegramMode.Webhook)
        {
            app.MapPost(TelegramWebhookEndpoint.Path, (HttpContext context, TelegramWebhookEndpoint endpoint) => endpoint.HandleAsync(context));
        }

        return app;
    }

    private static TelegramOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<TelegramOptions>>().Value;

    private static bool Enabled(IServiceProvider services) => Options(services).Enabled;

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram channel is off: Telegram:BotToken is not set")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram channel is on ({Mode})")]
    private static partial void LogOn(ILogger logger, TelegramMode mode);

    /// <summary>Stands in for a hosted service of a channel that is off.</summary>
    private sealed class Idle : IHostedService
    {
        public static Idle Instance { get; } = new();

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Stands in for the sender while the channel is off: replies saved for Telegram earlier stay in the
    /// outbox until the channel is on again.</summary>
    private sealed class ChannelOffSender : IReplySender
    {
        public static ChannelOffSender Instance { get; } = new();

        public string Name => TelegramReplySender.SenderName;

        public Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken) =>
            Task.FromResult(new DeliveryReport(false));
    }
}
