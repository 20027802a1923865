using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DisputeBot.Hosting.Telemetry;

/// <summary>Traces, metrics and logs through OpenTelemetry: the bot's own, ASP.NET Core's and outbound HTTP.
/// Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to the console when <c>Telemetry__Console</c>
/// is true; by default nothing is exported and no OpenTelemetry pipeline runs.</summary>
public static class ServiceDefaultsExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);

        builder.Services.AddSingleton<DisputeBotTelemetry>();
        if (!otlp && !options.Console)
        {
            // Nothing to export to: the instruments still count (dotnet-counters and in-process collectors read them),
            // but no span, log or metric pipeline runs on the turn path for nobody.
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true;
            if (options.Console)
            {
                logging.AddConsoleExporter();
            }
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(DisputeBotTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(DisputeBotTelemetry.Name)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !IsHealthProbe(context.Request.Path))
                    .AddHttpClientInstrumentation();
                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DisputeBotTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsHealthProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
