using System.Buffers;

namespace DisputeBot.LoadTest.Channels;

/// <summary>
/// A response body read into a rented array (given back on <see cref="Dispose"/>): the harness reads a body per
/// turn, and a new array per turn is garbage collected on the cores the bot runs on.
/// </summary>
internal readonly struct PooledBody : IDisposable
{
    private readonly byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength;
        var buffer = ArrayPool<byte>.Shared.Rent(expected is > 0 and <= 1 << 20 ? (int)expected : 4096);
        var length = 0;
        try
        {
            // Already buffered by HttpClient (the default completion option): this copies from memory.
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            while (length != expected)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new PooledBody(buffer, length);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
