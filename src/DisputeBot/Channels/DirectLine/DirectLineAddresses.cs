using System.Globalization;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>The bot's own base URL (the <c>serviceUrl</c> of activities) and conversations' stream URLs.</summary>
internal sealed class DirectLineAddresses(IOptions<DirectLineOptions> options)
{
    private readonly Uri? _public = options.Value.PublicBaseUrl;

    /// <summary>The configured public URL, else the one the request came to; ends with '/'.</summary>
    public string BaseUrl(HttpRequest request)
    {
        var url = _public?.ToString() ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return url.EndsWith('/') ? url : url + "/";
    }

    /// <summary><c>ws(s)://…/v3/directline/conversations/{id}/stream?t={token}</c>, starting after <paramref name="watermark"/>.</summary>
    public string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var baseUrl = BaseUrl(request);
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "wss://" + baseUrl["https://".Length..]
            : "ws://" + baseUrl["http://".Length..];
        var url = $"{socketBase}v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } mark ? url + "&watermark=" + mark.ToString(CultureInfo.InvariantCulture) : url;
    }
}
