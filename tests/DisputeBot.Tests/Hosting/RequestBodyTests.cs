using DisputeBot.Hosting;
using Microsoft.AspNetCore.Http;

namespace DisputeBot.Tests.Hosting;

public sealed class RequestBodyTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(10, true)]
    [InlineData(10_000, false)]
    [InlineData(100_000, false)]
    [InlineData(100_000, true)]
    public async Task A_body_within_the_limit_is_read_whole_whether_or_not_its_length_was_declared(int size, bool declared)
    {
        var bytes = Bytes(size);

        using var body = await RequestBody.ReadAsync(Request(bytes, declared), limit: 100_000, CancellationToken.None);

        Assert.NotNull(body);
        Assert.Equal(bytes, body.Span.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_one_byte_over_the_limit_is_refused(bool declared)
    {
        var body = await RequestBody.ReadAsync(Request(Bytes(4097), declared), limit: 4096, CancellationToken.None);

        Assert.Null(body);
    }

    [Fact]
    public async Task A_part_of_a_body_is_read_from_its_stream_with_the_same_limit()
    {
        var bytes = Bytes(5000);

        using var within = await RequestBody.ReadAsync(new TrickleStream(bytes), limit: 5000, CancellationToken.None);
        var over = await RequestBody.ReadAsync(new TrickleStream(bytes), limit: 4999, CancellationToken.None);

        Assert.Equal(bytes, within!.Span.ToArray());
        Assert.Null(over);
    }

    private static byte[] Bytes(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 7))];

    private static HttpRequest Request(byte[] bytes, bool declared)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new TrickleStream(bytes);
        context.Request.ContentLength = declared ? bytes.Length : null;
        return context.Request;
    }

    /// <summary>Hands out at most 1,000 bytes per read, as a socket may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
