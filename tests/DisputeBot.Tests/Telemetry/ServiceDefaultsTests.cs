using DisputeBot.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DisputeBot.Tests.Telemetry;

public sealed class ServiceDefaultsTests
{
    [Fact]
    public async Task With_nothing_to_export_to_no_telemetry_pipeline_runs_but_the_instruments_exist()
    {
        await using var app = Build(new Dictionary<string, string?>());

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.NotNull(app.Services.GetService<DisputeBotTelemetry>());
    }

    [Theory]
    [InlineData(ServiceDefaultsExtensions.OtlpEndpointVariable, "http://127.0.0.1:4317")]
    [InlineData("Telemetry:Console", "true")]
    public async Task An_otlp_endpoint_or_the_console_switch_turns_traces_and_metrics_on(string setting, string value)
    {
        await using var app = Build(new Dictionary<string, string?> { [setting] = value });

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        return builder.Build();
    }
}
