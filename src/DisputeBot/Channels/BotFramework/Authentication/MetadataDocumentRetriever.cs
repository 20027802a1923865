using Microsoft.IdentityModel.Protocols;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>Fetches OpenID metadata and key sets with a client from <see cref="IHttpClientFactory"/> (so handlers are
/// recycled), over https only, except on a loopback address (tests serve their own documents).</summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory clients) : IDocumentRetriever
{
    public const string ClientName = "BotFramework.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new IOException($"Refusing to fetch OpenID metadata from '{address}': https is required.");
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(uri, cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new IOException($"OpenID metadata '{address}' answered {(int)response.StatusCode}.");
            }

            return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new IOException($"OpenID metadata '{address}' could not be fetched.", exception);
        }
    }
}
