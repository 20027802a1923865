using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.Terminal;

/// <summary>
/// The terminal chat (`dotnet run --project src/DisputeBot -- chat`): the same turn pipeline as every channel.
/// Choices are numbered; typing the number or the words both work. With piped input it prints a transcript
/// (each line read is echoed after "> "), so a conversation can be replayed from a file. `-- chat --locale ru` speaks
/// as a channel reporting that locale would (default: the system's culture); the bot also follows the language typed.
/// </summary>
public static class TerminalChat
{
    public static async Task RunAsync(WebApplicationBuilder builder, TextReader input, TextWriter output, bool? interactive = null, CancellationToken cancellationToken = default)
    {
        // Logs would interleave with the conversation: warnings only, and on stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        await using var app = builder.Build();
        app.Services.GetService<IStartupValidator>()?.Validate();
        var pipeline = app.Services.GetRequiredService<TurnPipeline>();
        var renderer = new TerminalRenderer(output);
        var prompting = interactive ?? !Console.IsInputRedirected;
        var key = new ConversationKey("terminal", "local");
        var address = new ConversationAddress("terminal", "local");
        var sequence = 0;
        // "--locale ru" on the command line arrives as the configuration key "locale".
        var locale = builder.Configuration["locale"] is { Length: > 0 } given ? given : System.Globalization.CultureInfo.CurrentCulture.Name;
        ChoicesReply? lastChoices = null;

        async Task Turn(TurnInput turnInput)
        {
            var turn = new Turn((++sequence).ToString(System.Globalization.CultureInfo.InvariantCulture), "local-user", locale, turnInput);
            var result = await pipeline.RunAsync(key, turn, address, cancellationToken).ConfigureAwait(false);
            foreach (var reply in result.Replies)
            {
                renderer.Render(reply);
                if (reply is ChoicesReply choices)
                {
                    lastChoices = choices;
                }
            }
        }

        await Turn(new ConversationStartedInput()).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (prompting)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
            }

            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || (prompting && line.Trim() is "/quit" or "/exit"))
            {
                break;
            }

            if (!prompting)
            {
                await output.WriteLineAsync("> " + line).ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            await Turn(TerminalInput.Read(line, lastChoices)).ConfigureAwait(false);
        }
    }
}
