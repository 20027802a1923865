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
            conversation = store.Find(credential.Token!.ConversationId);
            if (conversation is null)
            {
                return DirectLineResults.NotFound();
            }
        }
        else if (DirectLineAccess.MayOpenConversations(credential, tokens))
        {
            conversation = store.Create(DirectLineAccess.UserIdFor(parameters.Value?.User?.Id));
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

    /// <summary><c>GET conversations/{id}</c>: a fresh token and stream URL (clients call it to reconnect).</summary>
    public static IResult Get(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineAddresses addresses)
    {
        if (Open(conversationId, request, tokens, store, out var conversation) is { } refused)
        {
            return refused;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineResults.BadRequest("The watermark must be a number from an earlier answer.");
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
        if (Open(conversationId, request, tokens, store, out var conversation) is { } refused)
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

        var outcome = await bot.PostAsync(conversation, activity, SpeakerId(tokens.Authenticate(request), activity.From?.Id, conversation), addresses.BaseUrl(request), cancellationToken)
            .ConfigureAwait(false);
        return DirectLineResults.Posted(outcome);
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: what came after the watermark.</summary>
    public static IResult Read(string conversationId, string? watermark, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        if (Open(conversationId, request, tokens, store, out var conversation) is { } refused)
        {
            return refused;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineResults.BadRequest("The watermark must be a number from an earlier answer.");
        }

        var (activities, next) = conversation.ReadAfter(mark);
        return Results.Json(
            new ActivitySet(activities, next?.ToString(CultureInfo.InvariantCulture)), DirectLineJsonContext.Default.ActivitySet);
    }

    /// <summary>Checks the caller may act in the conversation and that it is open; returns the refusal if not.</summary>
    public static IResult? Open(string conversationId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, out DirectLineConversation conversation, string? queryToken = null)
    {
        conversation = null!;
        var credential = tokens.Authenticate(request, queryToken);
        if (credential.Kind == DirectLineCredentialKind.None)
        {
            return DirectLineResults.MissingCredentials();
        }

        if (!credential.Grants(conversationId))
        {
            return DirectLineResults.Forbidden(credential);
        }

        var found = store.Find(conversationId);
        if (found is null)
        {
            return DirectLineResults.NotFound();
        }

        conversation = found;
        return null;
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
