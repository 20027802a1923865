namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>The verdict on an inbound request's credentials. <see cref="Reason"/> is for the log only.</summary>
public sealed record BotAuthenticationResult(BotAuthenticationStatus Status, string? Reason = null)
{
    public bool Succeeded => Status is BotAuthenticationStatus.Authenticated or BotAuthenticationStatus.Anonymous;

    public static BotAuthenticationResult Reject(string reason) => new(BotAuthenticationStatus.Rejected, reason);
}

public enum BotAuthenticationStatus
{
    /// <summary>A valid token for this bot.</summary>
    Authenticated,

    /// <summary>No app id is configured and no token was sent (local anonymous mode).</summary>
    Anonymous,

    /// <summary>Missing or invalid credentials: 401.</summary>
    Rejected,

    /// <summary>The signing keys could not be fetched, so nothing can be checked: 503.</summary>
    Unavailable,
}
