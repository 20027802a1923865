using DisputeBot.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Handoff;

/// <summary>Wiring of the handoff webhook; it acts only when Support:HandoffWebhookUrl is set.</summary>
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
}
