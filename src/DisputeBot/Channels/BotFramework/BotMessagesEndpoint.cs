using System.Text.Json;
using DisputeBot.Channels.BotFramework.Authentication;
using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint: read the activity (413 over the size limit, 400
/// when unreadable or without a type), authenticate it (401; 503 when the signing keys cannot be fetched), run it,
/// then answer. Ordinary activities: 200 with an empty body, the replies saved with the turn and posted to the
/// Connector from the outbox (again later if the Connector refuses them). <c>deliveryMode: expectReplies</c>: 200 with
/// <c>{"activities":[...]}</c>. <c>invoke</c>: 200 with an invoke response, or 501 for invokes this bot does not know.
/// Other activity types: 200, ignored.
/// </summary>
public static partial class BotMessagesEndpoint
{
    public const string Route = "/api/messages";

    public const string ExpectReplies = "expectReplies";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        BotFrameworkAuthenticator authenticator,
        BotFrameworkActivityHandler handler,
        IOptions<BotFrameworkOptions> options,
        TimeProvider time,
        ILogger<BotFrameworkActivityHandler> logger)
    {
        var settings = options.Value;
        var cancellationToken = context.RequestAborted;

        Activity? activity;
        using (var body = await RequestBody.ReadAsync(context.Request, settings.MaxRequestBytes, cancellationToken).ConfigureAwait(false))
        {
            if (body is null)
            {
                return Results.Problem(title: $"The activity is larger than {settings.MaxRequestBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            try
            {
                activity = JsonSerializer.Deserialize(body.Span, BotFrameworkJson.Context.Activity);
            }
            catch (JsonException)
            {
                activity = null;
            }
        }

        if (activity is null)
        {
            return Results.Problem(title: "The body is not a readable activity (JSON object expected).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.Problem(title: "The activity has no type.", statusCode: StatusCodes.Status400BadRequest);
        }

        var authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, activity, cancellationToken).ConfigureAwait(false);
        switch (authentication.Status)
        {
            case BotAuthenticationStatus.Rejected:
                LogRejected(logger, activity.ChannelId ?? string.Empty, authentication.Reason ?? string.Empty);
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Unauthorized();
            case BotAuthenticationStatus.Unavailable:
                return Results.Problem(title: "The bot cannot check credentials right now; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var expectReplies = string.Equals(activity.DeliveryMode, ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!ActivityRules.IsAnswered(activity.Type))
        {
            return expectReplies ? Replies([]) : Results.Ok();
        }

        if (ActivityRules.FindProblem(activity) is { } problem)
        {
            return Results.Problem(title: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!expectReplies && !ActivityRules.IsCallableServiceUrl(activity.ServiceUrl))
        {
            return Results.Problem(title: "The activity has no serviceUrl to send the replies to (absolute http or https URL).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (expectReplies)
        {
            return Replies((await handler.RunAsync(activity, throughOutbox: false, cancellationToken).ConfigureAwait(false)).Replies);
        }

        // Resolved only here: a typed HttpClient is made per resolution, which an expectReplies turn does not need.
        var connector = context.RequestServices.GetRequiredService<ConnectorClient>();
        ActivityTurnResult result;

        // The replies are saved with the turn (the outbox) and posted to the Connector by BotFrameworkReplySender;
        // one the Connector refuses is posted again by the next turn or the sweeper.
        if (activity.Type == ActivityTypes.Message)
        {
            await using var typing = TypingIndicator.Start(
                stop => connector.SendOnceAsync(activity.ServiceUrl!, activity.Conversation!.Id!, TypingFor(activity), stop),
                settings.TypingDelay,
                settings.TypingInterval,
                time,
                cancellationToken);
            result = await handler.RunAsync(activity, throughOutbox: true, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            result = await handler.RunAsync(activity, throughOutbox: true, cancellationToken).ConfigureAwait(false);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return result.Handled
                ? InvokeAnswered()
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return Results.Ok();
    }

    /// <summary>The <c>expectReplies</c> answer: 200 <c>{"activities":[...]}</c>.</summary>
    internal static IResult Replies(IReadOnlyList<Activity> activities) =>
        new BotFrameworkJsonResult<ExpectedReplies>(
            // The handler's list is made for this turn and only written out: no copy needed.
            new ExpectedReplies { Activities = activities as List<Activity> ?? [.. activities] },
            BotFrameworkJson.WriteContext.ExpectedReplies);

    /// <summary>The answer to a handled invoke.</summary>
    internal static IResult InvokeAnswered() =>
        new BotFrameworkJsonResult<AdaptiveCardInvokeResponse>(new AdaptiveCardInvokeResponse { Value = "OK" }, BotFrameworkJson.WriteContext.AdaptiveCardInvokeResponse);

    private static Activity TypingFor(Activity activity) => new()
    {
        Type = ActivityTypes.Typing,
        ChannelId = activity.ChannelId,
        From = activity.Recipient is null ? null : new ChannelAccount { Id = activity.Recipient.Id, Name = activity.Recipient.Name },
        Recipient = activity.From is null ? null : new ChannelAccount { Id = activity.From.Id, Name = activity.From.Name },
        Conversation = new ConversationAccount { Id = activity.Conversation!.Id },
        ReplyToId = activity.Id,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from {Channel}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string channel, string reason);

}
