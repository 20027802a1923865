using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DisputeBot.Channels.Telegram.Api;

/// <summary>
/// A request's JSON in a buffer rented from <see cref="ArrayPool{T}"/>, kept for the call's retries and given back on
/// dispose. Every Bot API call used to serialize to a fresh array; the writer is reused per thread (serializing never
/// awaits, so no other call can use it meanwhile). The bytes are exactly what <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonTypeInfo{TValue})"/> gives.
/// </summary>
internal sealed class PooledJsonBody : IBufferWriter<byte>, IDisposable
{
    private const int FirstBufferBytes = 1024;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
    private int _length;

    private PooledJsonBody()
    {
    }

    public byte[] Buffer => _buffer;

    public int Length => _length;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public static PooledJsonBody Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var body = new PooledJsonBody();
        try
        {
            var writer = t_writer;
            if (writer is null)
            {
                // The options SerializeToUtf8Bytes would use: the context sets no encoder and no indentation.
                writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = typeInfo.Options.Encoder, Indented = typeInfo.Options.WriteIndented, SkipValidation = true });
                t_writer = writer;
            }
            else
            {
                writer.Reset(body);
            }

            try
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
                writer.Flush();
            }
            finally
            {
                // Let go of the body, so the cached writer keeps nothing alive.
                writer.Reset(Stream.Null);
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
