using System.Text.RegularExpressions;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Who may do what: the secret opens conversations; in local mode (no secret) anyone without credentials may.</summary>
internal static partial class DirectLineAccess
{
    public static bool MayOpenConversations(DirectLineCredential credential, DirectLineTokenService tokens) =>
        credential.Kind == DirectLineCredentialKind.Secret
        || (credential.Kind == DirectLineCredentialKind.None && tokens.AnonymousAllowed);

    /// <summary>The user id a new conversation's tokens will carry: the one asked for if it is sane, else a fresh
    /// <c>dl_…</c> id (the prefix Direct Line clients reserve for ids embedded in tokens).</summary>
    public static string UserIdFor(string? requested) =>
        requested is not null && SaneUserId().IsMatch(requested) ? requested : "dl_" + DirectLineConversationStore.NewId();

    [GeneratedRegex(@"^[A-Za-z0-9_\-.:@]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SaneUserId();
}
