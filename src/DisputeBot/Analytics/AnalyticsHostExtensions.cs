using DisputeBot.Turns;

namespace DisputeBot.Analytics;

/// <summary>Wiring of the support team's analytics: the recorder on the turn pipeline and its writer. The store is
/// chosen with the conversation store (memory or Redis).</summary>
public static class AnalyticsHostExtensions
{
    public static WebApplicationBuilder AddAnalytics(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AnalyticsOptions>().Bind(builder.Configuration.GetSection(AnalyticsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnalyticsRecorder>();
        services.AddSingleton<ITurnObserver>(sp => sp.GetRequiredService<AnalyticsRecorder>());
        services.AddSingleton<AnalyticsWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsWriter>());
        return builder;
    }
}
