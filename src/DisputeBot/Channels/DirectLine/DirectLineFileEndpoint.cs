namespace DisputeBot.Channels.DirectLine;

/// <summary><c>GET conversations/{id}/files/{sequence}/{index}</c>: a file the bot sent in the conversation, for its
/// token only (in the header, or as <c>?t=</c> for a plain link; never the secret in the URL). 401 without a
/// credential, 403 with another conversation's, 404 once the conversation or the file is gone.</summary>
internal static class DirectLineFileEndpoint
{
    public static async Task<IResult> DownloadAsync(
        string conversationId, long sequence, int index, string? t, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var (refused, _) = await DirectLineConversationEndpoints.OpenAsync(conversationId, request, tokens, store, cancellationToken, queryToken: t).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (await store.FindActivityAsync(conversationId, sequence, cancellationToken).ConfigureAwait(false) is not { } activity
            || DirectLineFiles.Read(activity, index) is not { } file)
        {
            return DirectLineResults.NotFound();
        }

        // The file is the buyer's own: no cache keeps it after the conversation is gone.
        response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.MediaType, file.Name);
    }
}
