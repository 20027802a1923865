using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// A 200 JSON answer (<c>application/json; charset=utf-8</c>, with a Content-Length), the same bytes <c>Results.Json</c>
/// with <see cref="BotFrameworkJson.Context"/> writes. Serialized synchronously into a buffer kept per thread, then
/// copied into the response once: a turn allocates 0.8–2.7 KB (5–15 %) less than with a fresh array per answer
/// (BotFrameworkTurnBenchmarks).
/// </summary>
public sealed class BotFrameworkJsonResult<T>(T value, JsonTypeInfo<T> typeInfo) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public T Value => value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var output = BotFrameworkJsonBuffer.Serialize(value, typeInfo);
        try
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.ContentLength = output.WrittenCount;
            // Copied into the response pipe here, so the buffer is free again before anything awaits.
            response.BodyWriter.Write(output.WrittenSpan);
        }
        finally
        {
            BotFrameworkJsonBuffer.Release(output);
        }

        var flush = response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}

/// <summary>A serialization buffer and its writer, one kept per thread (serializing is synchronous, so it is never
/// shared), for JSON copied out at once.</summary>
[SuppressMessage("Design", "CA1001", Justification = "Kept per thread for the process's life; a writer over a buffer holds nothing to dispose.")]
internal sealed class BotFrameworkJsonBuffer
{
    private const int FirstBufferBytes = 16 * 1024;

    /// <summary>A buffer grown past this (a very long answer) is dropped after use rather than kept.</summary>
    private const int KeptBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static BotFrameworkJsonBuffer? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(FirstBufferBytes);
    private readonly Utf8JsonWriter _writer;

    private BotFrameworkJsonBuffer()
    {
        _writer = new Utf8JsonWriter(_buffer, BotFrameworkJson.WriterOptions);
    }

    public int WrittenCount => _buffer.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <returns>The JSON; give it back with <see cref="Release"/>.</returns>
    public static BotFrameworkJsonBuffer Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        // Taken off the thread while in use, so that nothing else could write into it meanwhile.
        var output = t_cached ?? new BotFrameworkJsonBuffer();
        t_cached = null;
        output._buffer.ResetWrittenCount();
        output._writer.Reset(output._buffer);
        try
        {
            JsonSerializer.Serialize(output._writer, value, typeInfo);
        }
        catch
        {
            Release(output);
            throw;
        }

        return output;
    }

    public static void Release(BotFrameworkJsonBuffer output)
    {
        if (output._buffer.Capacity <= KeptBufferBytes)
        {
            t_cached = output;
        }
    }
}
