namespace DisputeBot.Channels.Telegram;

/// <summary>Wiring of the Telegram channel.</summary>
public static class TelegramChannelHostExtensions
{
    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapTelegramChannel(this WebApplication app) => app;
}
