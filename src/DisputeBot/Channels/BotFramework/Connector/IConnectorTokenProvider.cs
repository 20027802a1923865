namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>Bearer tokens for calls to the Connector (the channel's REST API).</summary>
public interface IConnectorTokenProvider
{
    /// <returns>The access token, or null in local anonymous mode (no app id): then no token is sent.</returns>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
