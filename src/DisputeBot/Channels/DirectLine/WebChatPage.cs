using Microsoft.AspNetCore.StaticFiles;

namespace DisputeBot.Channels.DirectLine;

/// <summary>How the web chat page and its files (wwwroot/) are served: everything from this host, nothing from
/// elsewhere, which the page's Content-Security-Policy also enforces.</summary>
internal static class WebChatPage
{
    // Web Chat injects its styles at run time (hence 'unsafe-inline' for styles only); the socket is same-host.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; " +
        "connect-src 'self' blob: ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'none'";

    public static StaticFileOptions StaticFileOptions()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        return new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.CacheControl = "no-cache";
                }
            },
        };
    }
}
