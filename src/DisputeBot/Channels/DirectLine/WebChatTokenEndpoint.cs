using DisputeBot.Channels.DirectLine.Wire;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's own token source. The page is public, so this is open to anyone (and
/// rate-limited per client address): it hands out a token for one new conversation, never the secret.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static IResult Issue(DirectLineTokenService tokens, DirectLineConversationStore store)
    {
        var conversation = store.Create(DirectLineAccess.UserIdFor(requested: null));
        if (conversation is null)
        {
            return DirectLineResults.Full();
        }

        var token = tokens.Issue(conversation.Id, conversation.UserId);
        return DirectLineResults.Conversation(StatusCodes.Status200OK, new DirectLineConversationResponse(conversation.Id, token, tokens.LifetimeSeconds));
    }
}
