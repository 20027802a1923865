using System.Buffers;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Reads a request body up to a limit, whether or not the client declared its length (chunked bodies too).</summary>
internal static class DirectLineBodyReader
{
    /// <returns>The body, or null when it is longer than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        return request.ContentLength > limit ? null : await ReadAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The stream's bytes, or null when longer than <paramref name="limit"/> (read no further).</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        try
        {
            using var body = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(buffer, 0, read);
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
