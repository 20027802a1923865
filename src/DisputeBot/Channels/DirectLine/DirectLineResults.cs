using DisputeBot.Channels.DirectLine.Wire;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Direct Line's answers: JSON bodies, and errors as <c>{"error":{"code","message"}}</c> with a reason.</summary>
internal static class DirectLineResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new DirectLineErrorResponse(new DirectLineError(code, message)), DirectLineJsonContext.Default.DirectLineErrorResponse, statusCode: status);

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingCredentials() =>
        Error(StatusCodes.Status401Unauthorized, "BadArgument", "Send Authorization: Bearer <Direct Line secret or token>.");

    public static IResult Forbidden(DirectLineCredential credential) => credential.Kind switch
    {
        DirectLineCredentialKind.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired: get a new one."),
        DirectLineCredentialKind.Token => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is for another conversation."),
        DirectLineCredentialKind.SecretInUrl => Error(StatusCodes.Status403Forbidden, "BadArgument", "The secret is not accepted in a URL: use a token (tokens/generate)."),
        _ => Error(StatusCodes.Status403Forbidden, "BadArgument", "The secret or token is not valid."),
    };

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "No such conversation (it may have ended after a long idle time).");

    public static IResult TooLarge(long limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request body is larger than {limit} bytes.");

    public static IResult Full() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "Too many open conversations; try again later.");

    public static IResult StoreUnavailable() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "The conversation store is unavailable; try again in a moment.");

    public static IResult TooManyParts(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"An upload may hold at most {limit} parts (the activity and the files).");

    public static IResult Conversation(int status, DirectLineConversationResponse response) =>
        Results.Json(response, DirectLineJsonContext.Default.DirectLineConversationResponse, statusCode: status);

    public static IResult Posted(DirectLineOutcome outcome) => outcome.Kind switch
    {
        DirectLineOutcomeKind.Accepted => Results.Json(new DirectLineResourceResponse(outcome.Id), DirectLineJsonContext.Default.DirectLineResourceResponse),
        DirectLineOutcomeKind.Gone => NotFound(),
        DirectLineOutcomeKind.NoBot => Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "No bot is connected to this Direct Line."),
        _ => Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed to handle the activity."),
    };
}
