namespace DisputeBot.Channels.DirectLine;

/// <summary>Wiring of the DirectLine channel.</summary>
public static class DirectLineHostExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapDirectLine(this WebApplication app) => app;
}
