using System.IO.Compression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Serves Web Chat's bundle (/lib/webchat.js, 3.9 MB) gzipped, about a quarter of the size, to browsers that accept
/// it; it is compressed once, on first request, and kept in memory. Other clients get the file as is.
/// </summary>
internal sealed class WebChatScriptCompression(RequestDelegate next, IWebHostEnvironment environment)
{
    public const string Path = "/lib/webchat.js";

    private readonly Lazy<Task<Compressed?>> _compressed = new(() => CompressAsync(environment.WebRootFileProvider.GetFileInfo(Path)));

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || request.Path != Path || !AcceptsGzip(request)
            || await _compressed.Value.ConfigureAwait(false) is not { } compressed)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.ETag = compressed.ETag;
        response.Headers.CacheControl = "public, max-age=3600";
        if (request.Headers.IfNoneMatch == compressed.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/javascript";
        response.Headers.ContentEncoding = "gzip";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = compressed.Bytes.Length;
        await response.Body.WriteAsync(compressed.Bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(value => value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase));

    private static async Task<Compressed?> CompressAsync(IFileInfo file)
    {
        if (!file.Exists)
        {
            return null;
        }

        using var output = new MemoryStream();
        await using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        await using (var input = file.CreateReadStream())
        {
            await input.CopyToAsync(gzip).ConfigureAwait(false);
        }

        var bytes = output.ToArray();
        var etag = $"\"gz-{file.Length:x}-{file.LastModified.ToUnixTimeSeconds():x}\"";
        return new Compressed(bytes, etag);
    }

    private sealed record Compressed(byte[] Bytes, string ETag);
}
