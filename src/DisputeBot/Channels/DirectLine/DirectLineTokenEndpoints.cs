using System.Text.Json;
using DisputeBot.Channels.DirectLine.Wire;
using DisputeBot.Hosting;

namespace DisputeBot.Channels.DirectLine;

/// <summary><c>tokens/generate</c> (with the secret, or anonymously in local mode) and <c>tokens/refresh</c>.</summary>
internal static class DirectLineTokenEndpoints
{
    private const int MaxParametersBytes = 4096;

    public static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var credential = tokens.Authenticate(request);
        if (!DirectLineAccess.MayOpenConversations(credential, tokens))
        {
            return credential.Kind == DirectLineCredentialKind.None ? DirectLineResults.MissingCredentials() : DirectLineResults.Forbidden(credential);
        }

        var parameters = await ReadParametersAsync(request, cancellationToken).ConfigureAwait(false);
        if (parameters.Error is not null)
        {
            return parameters.Error;
        }

        var conversation = await store.CreateAsync(
            DirectLineAccess.UserIdFor(parameters.Value?.User?.Id), credential.Kind == DirectLineCredentialKind.Secret, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineResults.Full();
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        return DirectLineResults.Conversation(StatusCodes.Status200OK, new DirectLineConversationResponse(conversation.Id, token, tokens.LifetimeSeconds));
    }

    public static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var credential = tokens.Authenticate(request);
        switch (credential.Kind)
        {
            case DirectLineCredentialKind.None:
                return DirectLineResults.MissingCredentials();
            case DirectLineCredentialKind.Secret:
                return DirectLineResults.BadRequest("A secret does not expire: refresh takes a token.");
            case DirectLineCredentialKind.Token:
                break;
            default:
                return DirectLineResults.Forbidden(credential);
        }

        var claims = credential.Token!;
        if (await store.FindAsync(claims.ConversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return DirectLineResults.NotFound();
        }

        var token = tokens.Issue(claims.ConversationId, claims.UserId);
        return DirectLineResults.Conversation(StatusCodes.Status200OK, new DirectLineConversationResponse(claims.ConversationId, token, tokens.LifetimeSeconds));
    }

    /// <summary>Reads the optional start parameters; an empty body is fine, malformed JSON is a 400.</summary>
    public static async Task<(DirectLineStartParameters? Value, IResult? Error)> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = await RequestBody.ReadAsync(request, MaxParametersBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, DirectLineResults.TooLarge(MaxParametersBytes));
        }

        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(body.Span, DirectLineJsonContext.Default.DirectLineStartParameters), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadRequest("The body is not valid JSON ({\"user\":{\"id\":…},\"locale\":…} or nothing)."));
        }
    }
}
