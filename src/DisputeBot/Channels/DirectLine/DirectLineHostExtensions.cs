using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Wiring of the self-hosted Direct Line 3.0 endpoint (<c>/v3/directline/…</c>) and the web chat page at <c>/</c>
/// that talks to it. Conversations live in this process's memory: several instances need sticky sessions.
/// </summary>
public static partial class DirectLineHostExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAddresses>();
        services.AddSingleton<DirectLineBot>();
        services.AddSingleton<IDirectLineLog, DirectLineLog>();
        services.AddHostedService<DirectLineConversationSweeper>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            limiter.AddPolicy(DirectLineRateLimits.Posts, DirectLineRateLimitPolicy.PostsPerConversation(directLine.Value));
            limiter.AddPolicy(DirectLineRateLimits.Conversations, DirectLineRateLimitPolicy.ConversationsPerClient(directLine.Value));
        });
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineHostExtensions).FullName!);
        if (options.IsLocalMode)
        {
            LogLocalMode(logger);
        }

        if (string.IsNullOrEmpty(options.TokenSigningKey))
        {
            LogEphemeralKey(logger);
        }

        // Files are only ever GET or HEAD and web sockets GET (CONNECT over HTTP/2): the messaging endpoints' POSTs,
        // the hot path, skip these (the web socket middleware alone sets a feature on every request it sees).
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsConnect(context.Request.Method),
            branch =>
            {
                branch.UseWebSockets();
                branch.UseDefaultFiles();
                branch.UseMiddleware<WebChatScriptCompression>();
                branch.UseStaticFiles(WebChatPage.StaticFileOptions());
            });
        app.UseRateLimiter();

        var directLine = app.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync).RequireRateLimiting(DirectLineRateLimits.Conversations);
        directLine.MapPost("/tokens/refresh", DirectLineTokenEndpoints.Refresh);
        directLine.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync).RequireRateLimiting(DirectLineRateLimits.Conversations);
        directLine.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.Get);
        directLine.MapPost("/conversations/{conversationId}/activities", DirectLineConversationEndpoints.PostAsync).RequireRateLimiting(DirectLineRateLimits.Posts);
        directLine.MapGet("/conversations/{conversationId}/activities", DirectLineConversationEndpoints.Read);
        directLine.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync).RequireRateLimiting(DirectLineRateLimits.Posts);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        directLine.MapGet("/session/getsessionid", () => Results.Json(new Wire.SessionIdResponse(string.Empty), DirectLineJsonContext.Default.SessionIdResponse));
        app.MapPost(WebChatTokenEndpoint.Path, WebChatTokenEndpoint.Issue).RequireRateLimiting(DirectLineRateLimits.Conversations);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "DirectLine:Secret is not set: anyone who can reach this host may open Direct Line conversations without credentials. Fine on your own machine; set the secret anywhere else.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "DirectLine:TokenSigningKey is not set: tokens are signed with a random key and stop working when this process restarts.")]
    private static partial void LogEphemeralKey(ILogger logger);
}
