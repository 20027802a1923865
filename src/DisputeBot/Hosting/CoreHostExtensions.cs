using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Hosting;

/// <summary>Wiring of what every channel shares: knowledge, dialog, turn pipeline, health endpoints.</summary>
public static class CoreHostExtensions
{
    public static WebApplicationBuilder AddDisputeBotCore(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DialogOptions>().Bind(builder.Configuration.GetSection(DialogOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TurnPipelineOptions>().Bind(builder.Configuration.GetSection(TurnPipelineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<DialogOptions>>().Value.Path;
            var full = Path.IsPathRooted(path) ? path : Path.Combine(builder.Environment.ContentRootPath, path);
            return KnowledgeLoader.Load(full);
        });
        services.AddSingleton<IDialog>(sp => new DisputeDialog(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<TurnPipeline>();
        services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapDisputeBotCore(this WebApplication app)
    {
        // Loaded eagerly: an invalid dialogs/ file stops start-up with its own message, not at the first turn.
        _ = app.Services.GetRequiredService<KnowledgeBase>();
        app.UseMiddleware<BadRequestMiddleware>();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new() { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return app;
    }
}
