using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>
/// The two key sources of inbound tokens, each cached by an IdentityModel <see cref="ConfigurationManager{T}"/>:
/// refreshed automatically (every <see cref="BotFrameworkOptions.MetadataRefreshInterval"/>) and on request when a
/// token names a key that is not known yet (a key rollover), at most once per five minutes.
/// </summary>
internal sealed class OpenIdMetadataSources
{
    public OpenIdMetadataSources(IHttpClientFactory clients, IOptions<BotFrameworkOptions> options)
    {
        var retriever = new MetadataDocumentRetriever(clients);
        Channel = Create(options.Value.OpenIdMetadataUrl, retriever, options.Value.MetadataRefreshInterval);
        Emulator = Create(options.Value.EmulatorOpenIdMetadataUrl, retriever, options.Value.MetadataRefreshInterval);
    }

    public ConfigurationManager<OpenIdConnectConfiguration> Channel { get; }

    public ConfigurationManager<OpenIdConnectConfiguration> Emulator { get; }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(string url, IDocumentRetriever retriever, TimeSpan refresh) =>
        new(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = refresh,
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
}
