using System.Buffers;

namespace DisputeBot.Hosting;

/// <summary>
/// A request body (or a part of one) read whole, up to a limit (declared length or not, chunked too): a body over the
/// limit is refused without reading the rest. The host's one pooled body type: turn requests are small and many, so
/// the buffer comes from the shared array pool; dispose the body to give it back (the bytes are valid until then).
/// </summary>
public sealed class RequestBody : IDisposable
{
    private const int FirstBufferBytes = 4096;

    private byte[]? _buffer;
    private readonly int _length;

    private RequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public int Length => _length;

    /// <returns>The body, or null when it is longer than <paramref name="limit"/> bytes (read no further).</returns>
    public static Task<RequestBody?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken) =>
        request.ContentLength > limit
            ? Task.FromResult<RequestBody?>(null)
            : ReadAsync(request.Body, limit, cancellationToken, request.ContentLength);

    /// <param name="declaredLength">The length the sender declared, if any: the first buffer is sized for it.</param>
    /// <returns>The stream's bytes, or null when they are more than <paramref name="limit"/> (read no further).</returns>
    public static async Task<RequestBody?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken, long? declaredLength = null)
    {
        // One byte more than the limit, so that a body over it is seen without reading it all.
        var most = limit + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(most, declaredLength is { } declared ? declared + 1 : FirstBufferBytes));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= most)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(most, length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, most) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new RequestBody(buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
