using DisputeBot.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Handoff;

/// <summary>Wiring of the handoff webhook and the endpoint a person answers through; both act only when
/// Support:HandoffWebhookUrl is set.</summary>
public static class HandoffHostExtensions
{
    public static WebApplicationBuilder AddHandoffWebhook(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HandoffWebhookOptions>().BindConfiguration(HandoffWebhookOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HandoffWebhookOptions>, HandoffWebhookOptionsValidator>();
        services.AddHttpClient(HandoffWebhook.ClientName).AddOutboundResilience();
        services.AddSingleton<HandoffWebhook>();
        return builder;
    }

    public static WebApplication MapHandoffWebhook(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<HandoffWebhookOptions>>().Value;
        if (options.Enabled && options.HandoffAgentReplies)
        {
            app.MapPost(HandoffReplyEndpoint.Route, HandoffReplyEndpoint.HandleAsync);
        }

        return app;
    }
}
