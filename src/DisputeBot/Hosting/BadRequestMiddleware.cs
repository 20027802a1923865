namespace DisputeBot.Hosting;

/// <summary>
/// Answers a request that Kestrel found malformed or too slow while the app read it (a body that trickles in below the
/// minimum data rate gets 408) with that status and one information line, instead of an error with a stack trace: a
/// slow or broken client is not a fault of the bot, and must not be able to flood the error log.
/// </summary>
public sealed partial class BadRequestMiddleware(RequestDelegate next, ILogger<BadRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            LogRefused(context.Request.Path.Value ?? "", exception.StatusCode, exception.Message);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = exception.StatusCode;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to {Path} with {StatusCode}: {Reason}")]
    private partial void LogRefused(string path, int statusCode, string reason);
}
