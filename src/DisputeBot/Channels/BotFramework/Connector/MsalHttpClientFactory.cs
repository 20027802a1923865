using Microsoft.Identity.Client;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>Gives MSAL its HTTP clients from <see cref="IHttpClientFactory"/> (named <see cref="ClientName"/>), so
/// the token endpoint's traffic is configurable like every other outbound call.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory clients) : IMsalHttpClientFactory
{
    public const string ClientName = "BotFramework.Token";

    public HttpClient GetHttpClient() => clients.CreateClient(ClientName);
}
