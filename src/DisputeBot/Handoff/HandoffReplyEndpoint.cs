using System.Text.Json;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Hosting;
using DisputeBot.Turns;

namespace DisputeBot.Handoff;

/// <summary>
/// <c>POST /api/handoff/replies</c>: the person who took a case from the handoff webhook answers the buyer here, on
/// whatever channel the buyer is (<see cref="AgentReply"/>). The body is signed as the webhook's posts are
/// (<c>X-DisputeBot-Signature: sha256=</c> HMAC-SHA256 of the raw body under <c>Support:HandoffWebhookSecret</c>).
/// The message runs through the turn pipeline as the person's turn of that conversation and reaches the buyer from the
/// outbox like any reply. 204 when taken (a repeated id changes nothing); 401 unsigned, 403 a wrong signature, 400 with
/// the reason for a body that is not a reply, 404 for a conversation not kept here, 413 too large, 503 when the store
/// cannot be reached (send again).
/// </summary>
public static partial class HandoffReplyEndpoint
{
    public const string Route = "/api/handoff/replies";

    public const int MaxRequestBytes = 16 * 1024;

    /// <summary>Longest message a person may send in one reply.</summary>
    public const int MaxTextLength = 4000;

    private const int MaxIdLength = 200;

    /// <summary>The user id the person's turns carry; never a buyer's.</summary>
    private const string AgentUserId = "support-agent";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        HandoffWebhook webhook,
        IConversationStore store,
        TurnPipeline pipeline,
        ReplyDispatcher dispatcher,
        ILogger<HandoffWebhook> logger)
    {
        var cancellationToken = context.RequestAborted;
        AgentReply? reply;
        using (var body = await RequestBody.ReadAsync(context.Request, MaxRequestBytes, cancellationToken).ConfigureAwait(false))
        {
            if (body is null)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxRequestBytes} bytes.");
            }

            var signature = context.Request.Headers[HandoffWebhook.SignatureHeader].ToString();
            if (signature.Length == 0)
            {
                return Problem(StatusCodes.Status401Unauthorized, $"{HandoffWebhook.SignatureHeader} is missing: sign the raw body with HMAC-SHA256 under the handoff webhook's secret and send 'sha256=<hex>'.");
            }

            if (!webhook.IsSignedByUs(body.Span, signature))
            {
                LogBadSignature(logger);
                return Problem(StatusCodes.Status403Forbidden, $"{HandoffWebhook.SignatureHeader} does not match the body.");
            }

            try
            {
                reply = JsonSerializer.Deserialize(body.Span, HandoffJsonContext.Default.AgentReply);
            }
            catch (JsonException)
            {
                reply = null;
            }
        }

        if (reply is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a readable reply: a JSON object with channel, conversationId, id and text (or close: true).");
        }

        if (FindProblem(reply) is { } problem)
        {
            return Problem(StatusCodes.Status400BadRequest, problem);
        }

        var key = new ConversationKey(reply.Channel!, reply.ConversationId!);
        if (HandoffReplyRoutes.SenderFor(key.Channel) is not { } sender)
        {
            return Problem(StatusCodes.Status400BadRequest, $"A conversation on '{key.Channel}' cannot be answered later.");
        }

        TurnResult result;
        try
        {
            // The person answers a conversation that exists; a turn of theirs never starts one.
            if (await store.LoadAsync(key, cancellationToken).ConfigureAwait(false) is null)
            {
                return Problem(StatusCodes.Status404NotFound, "No such conversation is kept here (never started, expired or forgotten by the buyer).");
            }

            TurnInput input = reply.Close ? new HandoffEndedInput() : new AgentMessageInput(reply.Text!);
            var turn = new Turn("agent/" + reply.Id, AgentUserId, Locale: null, input, Handoff: HandoffMode.Live);
            var route = new ReplyRoute(sender);
            result = await pipeline.RunAsync(key, turn, address: null, route, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == TurnOutcome.Answered)
            {
                await dispatcher.DeliverAsync(key, result, route, address: null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (StoreUnavailableException)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "The conversation store cannot be reached; send the reply again.");
        }

        LogReply(logger, key.Channel, reply.Close, result.Outcome);
        return result.Outcome is TurnOutcome.Answered or TurnOutcome.Duplicate
            ? Results.NoContent()
            : Problem(StatusCodes.Status503ServiceUnavailable, "The reply could not be saved just now; send it again with the same id.");
    }

    /// <returns>What is wrong with the reply, or null.</returns>
    public static string? FindProblem(AgentReply reply)
    {
        if (string.IsNullOrWhiteSpace(reply.Channel) || string.IsNullOrWhiteSpace(reply.ConversationId))
        {
            return "channel and conversationId are required, as the handoff webhook's post named them.";
        }

        if (string.IsNullOrWhiteSpace(reply.Id) || reply.Id.Length > MaxIdLength)
        {
            return $"id is required (at most {MaxIdLength} characters), one per message: a repeat with the same id is delivered once.";
        }

        var hasText = !string.IsNullOrWhiteSpace(reply.Text);
        if (hasText == reply.Close)
        {
            return "Send either text (a message for the buyer) or close: true (give the buyer back to the bot), not both and not neither.";
        }

        return hasText && reply.Text!.Length > MaxTextLength ? $"text is longer than {MaxTextLength} characters." : null;
    }

    private static IResult Problem(int status, string title) => Results.Problem(title: title, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A handoff reply with a wrong signature was refused")]
    private static partial void LogBadSignature(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A person's reply on {Channel} (close: {Close}): {Outcome}")]
    private static partial void LogReply(ILogger logger, string channel, bool close, TurnOutcome outcome);
}
