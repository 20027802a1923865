namespace DisputeBot.Hosting.Telemetry;

/// <summary>Settings of the <c>Telemetry</c> section. OTLP export follows the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Also write spans, metrics and logs to the console (for a look on a developer's machine).</summary>
    public bool Console { get; set; }
}
