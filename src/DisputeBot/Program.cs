using DisputeBot.Analytics;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.DirectLine;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Terminal;
using DisputeBot.Handoff;
using DisputeBot.Hosting;
using DisputeBot.Hosting.Telemetry;
using DisputeBot.Storage;
using DisputeBot.Support;

if (args is [ContentCheckCommand.Name, ..])
{
    // No host: only the dialogs/ folder is read, as start-up reads it.
    return ContentCheckCommand.Run(args.Length > 1 ? args[1] : null, Console.Out, Console.Error);
}

try
{
    var chat = args.Length > 0 && args[0] == "chat";
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = chat ? args[1..] : args,
        // appsettings.json and dialogs/ are copied beside the binary, so any working directory will do.
        ContentRootPath = AppContext.BaseDirectory,
    });

    builder.AddServiceDefaults();
    builder.AddDisputeBotCore();
    builder.AddConversationStore();
    builder.AddHandoffWebhook();
    if (chat)
    {
        await TerminalChat.RunAsync(builder, Console.In, Console.Out).ConfigureAwait(false);
        return 0;
    }

    builder.AddAnalytics();
    builder.AddSupportPage();
    builder.AddBotFrameworkChannel();
    builder.AddDirectLine();
    builder.AddTelegramChannel();

    var app = builder.Build();
    app.MapDisputeBotCore();
    app.MapBotFrameworkChannel();
    app.MapDirectLine();
    app.MapTelegramChannel();
    app.MapHandoffWebhook();
    app.MapSupportPage();
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Exception exception) when (StartupFailure.Describe(exception) is { } message)
{
    // A configuration or content mistake: one clear line, no stack trace.
    await Console.Error.WriteLineAsync("DisputeBot could not start: " + message).ConfigureAwait(false);
    return 1;
}

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
