namespace DisputeBot.Channels.DirectLine;

/// <summary>What the caller presented in <c>Authorization: Bearer …</c> (or a stream's <c>t=</c>).</summary>
internal sealed record DirectLineCredential(DirectLineCredentialKind Kind, DirectLineTokenClaims? Token = null)
{
    public static DirectLineCredential None { get; } = new(DirectLineCredentialKind.None);

    public static DirectLineCredential Secret { get; } = new(DirectLineCredentialKind.Secret);

    public static DirectLineCredential Invalid { get; } = new(DirectLineCredentialKind.Invalid);

    public static DirectLineCredential Expired { get; } = new(DirectLineCredentialKind.Expired);

    public static DirectLineCredential SecretInUrl { get; } = new(DirectLineCredentialKind.SecretInUrl);

    /// <summary>True when the caller may act in <paramref name="conversationId"/>.</summary>
    public bool Grants(string conversationId) =>
        Kind == DirectLineCredentialKind.Secret
        || (Kind == DirectLineCredentialKind.Token && string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal));
}

internal enum DirectLineCredentialKind
{
    /// <summary>No credentials at all.</summary>
    None,

    /// <summary>The configured Direct Line secret: any conversation.</summary>
    Secret,

    /// <summary>A valid token: its own conversation only.</summary>
    Token,

    /// <summary>Something that is neither the secret nor a token we signed.</summary>
    Invalid,

    /// <summary>A token we signed whose time is up.</summary>
    Expired,

    /// <summary>The secret, sent in a URL (a stream's <c>t=</c>), where proxies and logs keep it: refused.</summary>
    SecretInUrl,
}
