namespace DisputeBot.Channels.Terminal;

/// <summary>The terminal chat.</summary>
public static class TerminalChat
{
    public static Task RunAsync(WebApplicationBuilder builder, TextReader input, TextWriter output) => throw new NotImplementedException();
}
