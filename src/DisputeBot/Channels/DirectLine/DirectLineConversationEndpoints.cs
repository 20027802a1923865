using System.Globalization;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Channels.DirectLine.Wire;
using DisputeBot.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Starting and resuming conversations, posting activities and reading them from a watermark.</summary>
internal static class DirectLineConversationEndpoints
{
    /// <summary><c>POST conversations</c>: a token starts its own conversation; the secret (or nobody, in local mode)
    /// opens a new one. The bot greets the user on the first start.</summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot, DirectLineAddresses addresses, CancellationToken cancellationToken)
    {
        var parameters = await DirectLineTokenEndpoints.ReadParametersAsync(request, cancellationToken).ConfigureAwait(false);
        if (parameters.Error is not null)
        {
            return parameters.Error;
        }

        var credential = tokens.Authenticate(request);
        DirectLineConversation? conversation;
        if (credential.Kind == DirectLineCredentialKind.Token)
        {
            conversation = await store.FindAsync(credential.Token!.ConversationId, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return DirectLineResults.NotFound();
            }
        }
        else if (DirectLineAccess.MayOpenConversations(credential, tokens))
        {
            conversation = await store.CreateAsync(
                DirectLineAccess.UserIdFor(parameters.Value?.User?.Id), credential.Kind == DirectLineCredentialKind.Secret, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return DirectLineResults.Full();
            }
        }
        else
        {
            return credential.Kind == DirectLineCredentialKind.None ? DirectLineResults.MissingCredentials() : DirectLineResults.Forbidden(credential);
        }

        await bot.StartAsync(conversation, parameters.Value?.Locale, addresses.BaseUrl(request), cancellationToken).ConfigureAwait(false);
        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var streamUrl = addresses.StreamUrl(request, conversation.Id, token, watermark: null);
        return DirectLineResults.Conversation(StatusCodes.Status201Created, new DirectLineConversationResponse(conversation.Id, token, tokens.LifetimeSeconds, streamUrl));
    }

    /// <summary><c>GET conversations/{id}</c>: a fresh token and stream URL (clients call it to reconnect, and the
    /// page to resume). A conversation whose page never started it is started now, so the user is greeted.</summary>
    public static async Task<IResult> GetAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot,
        DirectLineAddresses addresses, CancellationToken cancellationToken)
    {
        var (refused, conversation) = await OpenAsync(conversationId, request, tokens, store, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineResults.BadRequest("The watermark must be a number from an earlier answer.");
        }

        if (!conversation!.Started)
        {
            await bot.StartAsync(conversation, locale: null, addresses.BaseUrl(request), cancellationToken).ConfigureAwait(false);
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var streamUrl = addresses.StreamUrl(request, conversation.Id, token, mark);
        return DirectLineResults.Conversation(StatusCodes.Status200OK, new DirectLineConversationResponse(conversation.Id, token, tokens.LifetimeSeconds, streamUrl));
    }

    /// <summary><c>POST conversations/{id}/activities</c>: the activity is echoed into the log, then answered.</summary>
    public static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot,
        DirectLineAddresses addresses, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (refused, conversation) = await OpenAsync(conversationId, request, tokens, store, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var limit = options.Value.MaxActivityBytes;
        Activity? activity;
        using (var body = await RequestBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false))
        {
            if (body is null)
            {
                return DirectLineResults.TooLarge(limit);
            }

            try
            {
                activity = JsonSerializer.Deserialize(body.Span, DirectLineJsonContext.Default.Activity);
            }
            catch (JsonException)
            {
                return DirectLineResults.BadRequest("The body is not a valid activity (JSON).");
            }
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineResults.BadRequest("The activity needs a type (for example \"message\").");
        }

        var outcome = await bot.PostAsync(conversation!, activity, SpeakerId(tokens.Authenticate(request), activity.From?.Id, conversation!), addresses.BaseUrl(request), cancellationToken)
            .ConfigureAwait(false);
        return DirectLineResults.Posted(outcome);
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: what came after the watermark.</summary>
    public static async Task<IResult> ReadAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var (refused, _) = await OpenAsync(conversationId, request, tokens, store, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineResults.BadRequest("The watermark must be a number from an earlier answer.");
        }

        if (await store.ReadAfterAsync(conversationId, mark, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return DirectLineResults.NotFound();
        }

        return Results.Json(
            new ActivitySet(read.Activities, read.Watermark?.ToString(CultureInfo.InvariantCulture)), DirectLineJsonContext.Default.ActivitySet);
    }

    /// <summary>Checks the caller may act in the conversation and that it is open: the refusal if not, else the
    /// conversation.</summary>
    public static async Task<(IResult? Refused, DirectLineConversation? Conversation)> OpenAsync(
        string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken cancellationToken, string? queryToken = null)
    {
        var credential = tokens.Authenticate(request, queryToken);
        if (credential.Kind == DirectLineCredentialKind.None)
        {
            return (DirectLineResults.MissingCredentials(), null);
        }

        if (!credential.Grants(conversationId))
        {
            return (DirectLineResults.Forbidden(credential), null);
        }

        var found = await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return found is null ? (DirectLineResults.NotFound(), null) : (null, found);
    }

    /// <summary>The user a post speaks for: a token's own user; with the secret, whoever the activity names.</summary>
    public static string SpeakerId(DirectLineCredential credential, string? claimed, DirectLineConversation conversation) =>
        credential.Kind == DirectLineCredentialKind.Token ? credential.Token!.UserId
        : !string.IsNullOrEmpty(claimed) ? claimed
        : conversation.UserId;

    public static bool TryParseWatermark(string? watermark, out long? mark)
    {
        mark = null;
        if (string.IsNullOrEmpty(watermark))
        {
            return true;
        }

        if (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            mark = parsed;
            return true;
        }

        return false;
    }
}
