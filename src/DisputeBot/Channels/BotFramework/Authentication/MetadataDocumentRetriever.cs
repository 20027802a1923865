using Microsoft.IdentityModel.Protocols;
using Polly;

namespace DisputeBot.Channels.BotFramework.Authentication;

/// <summary>Fetches OpenID metadata and key sets with a client from <see cref="IHttpClientFactory"/>, on the outbound
/// pipeline (retries and timeouts), over https only, except on a loopback address (tests serve their own documents).</summary>
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
        catch (Exception exception) when (exception is HttpRequestException or ExecutionRejectedException)
        {
            // Unreachable, timed out, or the circuit is open: the caller answers 503 either way.
            throw new IOException($"OpenID metadata '{address}' could not be fetched.", exception);
        }
    }
}
