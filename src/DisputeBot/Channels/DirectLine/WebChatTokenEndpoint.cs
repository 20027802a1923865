using DisputeBot.Channels.DirectLine.Wire;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's own token source. The page is public, so this is open to anyone (and
/// rate-limited per client address): it hands out a token for one new conversation, never the secret, within the
/// share of conversations not kept for secret holders. With <c>Authorization: Bearer &lt;resume token&gt;</c> it hands
/// out a fresh token for that token's conversation instead, while the conversation lives: that is how the page comes
/// back to its history. Every answer carries a new <c>resume</c> token (valid for the conversation idle timeout).
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static async Task<IResult> IssueAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        DirectLineConversation? conversation;
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0)
        {
            const string bearer = "Bearer ";
            if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) || tokens.CheckResume(header[bearer.Length..].Trim()) is not { } claims)
            {
                return DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "The resume token is not valid or has expired: start a new conversation.");
            }

            conversation = await store.FindAsync(claims.ConversationId, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return DirectLineResults.NotFound();
            }
        }
        else
        {
            conversation = await store.CreateAsync(DirectLineAccess.UserIdFor(requested: null), holdsSecret: false, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                return DirectLineResults.Full();
            }
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        var resume = tokens.IssueResume(conversation.Id, conversation.UserId);
        return DirectLineResults.Conversation(
            StatusCodes.Status200OK, new DirectLineConversationResponse(conversation.Id, token, tokens.LifetimeSeconds, Resume: resume));
    }
}
