using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>The two key sources of inbound tokens: the Bot Framework channels' and Microsoft Entra's (Emulator,
/// single-tenant).</summary>
internal sealed class OpenIdMetadataSources(IHttpClientFactory clients, IOptions<BotFrameworkOptions> options, TimeProvider time)
{
    public OpenIdMetadataSource Channel { get; } = new(options.Value.OpenIdMetadataUrl, new MetadataDocumentRetriever(clients), options.Value.MetadataRefreshInterval, time);

    public OpenIdMetadataSource Emulator { get; } = new(options.Value.EmulatorOpenIdMetadataUrl, new MetadataDocumentRetriever(clients), options.Value.MetadataRefreshInterval, time);
}
