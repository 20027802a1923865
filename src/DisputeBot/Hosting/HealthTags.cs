namespace DisputeBot.Hosting;

/// <summary>Tags that decide which endpoint runs a health check (see <see cref="CoreHostExtensions"/>).</summary>
public static class HealthTags
{
    /// <summary>Checked by /readyz: the instance can serve turns (its dependencies answer). /healthz runs no check.</summary>
    public const string Ready = "ready";
}
