using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DisputeBot.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>
/// <c>POST /api/telegram</c>: checks the secret header in constant time (missing → 401, wrong → 403), reads at most
/// <see cref="MaxBodyBytes"/> (more → 413), parses the update with the library's JSON options (unreadable → 400),
/// queues it on its chat's lane and answers 200 at once (a chat with too many updates waiting gets 429, all chats
/// together, or a bot shutting down, 503: Telegram delivers the update again later); the turn runs after the answer, so Telegram never waits or resends for slowness. A button
/// press is answered in that same answer (answerCallbackQuery as the body), which saves a Bot API call per press.
/// </summary>
public sealed partial class TelegramWebhookEndpoint(
    TelegramUpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookEndpoint> logger)
{
    public const string Path = "/api/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Real updates are a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.SecretToken ?? "");

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var given = request.Headers[SecretHeader];
        if (given.Count == 0 || string.IsNullOrEmpty(given[0]))
        {
            LogRejected("missing secret");
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: $"The {SecretHeader} header is missing.");
        }

        if (_secret.Length == 0 || !Matches(given[0]!))
        {
            LogRejected("wrong secret");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: $"The {SecretHeader} header does not match.");
        }

        Update? update;
        using (var body = await RequestBody.ReadAsync(request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false))
        {
            if (body is null)
            {
                LogRejected("body too large");
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"A Telegram update is at most {MaxBodyBytes} bytes.");
            }

            try
            {
                update = JsonSerializer.Deserialize<Update>(body.Span, JsonBotAPI.Options);
            }
            catch (JsonException)
            {
                update = null;
            }
        }

        if (update is not { Id: > 0 })
        {
            LogRejected("not an update");
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is not a Telegram update (a JSON object with a positive update_id).");
        }

        var press = update.CallbackQuery is { Id.Length: > 0 } query ? new TelegramWebhookAnswer(query.Id) : null;
        switch (dispatcher.TryDispatch(update, callbackAnswered: press is not null, out _))
        {
            case TelegramDispatchOutcome.Busy:
                // Telegram redelivers after a non-2xx answer: the update is postponed, not lost.
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "Too many updates waiting; try again shortly.");
            case TelegramDispatchOutcome.ShuttingDown:
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The bot is restarting; try again shortly.");
            case TelegramDispatchOutcome.Throttled:
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, detail: "Too many updates of this chat waiting; try again shortly.");
            case TelegramDispatchOutcome.Accepted when press is not null:
                return Results.Json(press);
            default:
                return Results.Ok();
        }
    }

    /// <summary>Compares in constant time, on the stack: the header's bytes are needed only for this.</summary>
    private bool Matches(string given)
    {
        var most = Encoding.UTF8.GetMaxByteCount(given.Length);
        Span<byte> bytes = most <= 1024 ? stackalloc byte[most] : new byte[most];
        var length = Encoding.UTF8.GetBytes(given, bytes);
        return CryptographicOperations.FixedTimeEquals(bytes[..length], _secret);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to the Telegram webhook: {Reason}")]
    private partial void LogRejected(string reason);
}
