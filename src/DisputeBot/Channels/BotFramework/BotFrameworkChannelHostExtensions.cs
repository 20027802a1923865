namespace DisputeBot.Channels.BotFramework;

/// <summary>Wiring of the BotFramework channel.</summary>
public static class BotFrameworkChannelHostExtensions
{
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapBotFrameworkChannel(this WebApplication app) => app;
}
