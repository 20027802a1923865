using DisputeBot.Storage.DirectLine;
using DisputeBot.Storage.Redis;
using DisputeBot.Turns;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Wiring of the self-hosted Direct Line 3.0 endpoint (<c>/v3/directline/…</c>) and the web chat page at <c>/</c>
/// that talks to it. Conversations and their logs live in Redis when <c>ConnectionStrings:Redis</c> is set (any
/// instance serves any conversation), else in this process's memory.
/// </summary>
public static partial class DirectLineHostExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection(DirectLineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            return new DirectLineStoreLimits(settings.ConversationIdleTimeout, settings.MaxActivitiesPerConversation, settings.MaxLogBytesPerConversation, settings.MaxLogBytes);
        });
        services.AddSingleton<DirectLineChangeSignals>();
        if (builder.Configuration.GetConnectionString("Redis") is not null)
        {
            services.AddRedisDirectLineStore();
        }

        services.TryAddSingleton<IDirectLineStore, InMemoryDirectLineStore>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLinePostGates>();
        services.AddSingleton<DirectLineStreamSlots>();
        services.AddSingleton<DirectLineAddresses>();
        services.AddSingleton<DirectLineBot>();
        services.AddSingleton<IDirectLineLog, DirectLineLog>();
        services.AddSingleton<IReplySender, DirectLineReplySender>();

        // A reminder joins the conversation's log: an open page shows it at once, a page coming back with the rest.
        services.Configure<ReminderOptions>(o => o.Senders[DirectLineBot.ChannelId] = DirectLineReplySender.SenderName);
        services.AddSingleton<IConversationEraser, DirectLineTranscriptEraser>();
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
        directLine.AddEndpointFilter(AnswerStoreUnavailable);
        directLine.MapPost("/tokens/generate", DirectLineTokenEndpoints.GenerateAsync).RequireRateLimiting(DirectLineRateLimits.Conversations);
        directLine.MapPost("/tokens/refresh", DirectLineTokenEndpoints.RefreshAsync);
        directLine.MapPost("/conversations", DirectLineConversationEndpoints.StartAsync).RequireRateLimiting(DirectLineRateLimits.Conversations);
        directLine.MapGet("/conversations/{conversationId}", DirectLineConversationEndpoints.GetAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", DirectLineConversationEndpoints.PostAsync).RequireRateLimiting(DirectLineRateLimits.Posts);
        directLine.MapGet("/conversations/{conversationId}/activities", DirectLineConversationEndpoints.ReadAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync).RequireRateLimiting(DirectLineRateLimits.Posts);
        directLine.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        directLine.MapGet("/conversations/{conversationId}/files/{sequence:long}/{index:int}", DirectLineFileEndpoint.DownloadAsync);
        directLine.MapGet("/session/getsessionid", () => Results.Json(new Wire.SessionIdResponse(string.Empty), DirectLineJsonContext.Default.SessionIdResponse));
        app.MapPost(WebChatTokenEndpoint.Path, WebChatTokenEndpoint.IssueAsync).RequireRateLimiting(DirectLineRateLimits.Conversations).AddEndpointFilter(AnswerStoreUnavailable);
        return app;
    }

    /// <summary>The store (Redis) unreachable: 503 with a reason, never a 500.</summary>
    private static async ValueTask<object?> AnswerStoreUnavailable(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            return DirectLineResults.StoreUnavailable();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "DirectLine:Secret is not set: anyone who can reach this host may open Direct Line conversations without credentials. Fine on your own machine; set the secret anywhere else.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "DirectLine:TokenSigningKey is not set: tokens are signed with a random key and stop working when this process restarts.")]
    private static partial void LogEphemeralKey(ILogger logger);
}
