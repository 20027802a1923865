using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace DisputeBot.LoadTest.Redis;

/// <summary>
/// A minimal Redis client for the harness's own questions (INFO, SCAN, MEMORY USAGE, FLUSHALL): one connection,
/// one command at a time. Kept apart from the client the bot uses so the measurements never share its connection.
/// </summary>
internal sealed class RespClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly BufferedStream _reader;

    private RespClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new BufferedStream(_stream, 64 * 1024);
    }

    public static async Task<RespClient> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync("127.0.0.1", port, cancellationToken);
        return new RespClient(tcp);
    }

    /// <summary>Sends one command; returns a string, a long, null, or an object?[] for arrays. Errors throw.</summary>
    public async Task<object?> CallAsync(params string[] arguments)
    {
        var request = new StringBuilder();
        request.Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        return await ReadAsync();
    }

    public async Task<string?> CallStringAsync(params string[] arguments) => (string?)await CallAsync(arguments);

    public async Task<long> CallLongAsync(params string[] arguments) => await CallAsync(arguments) switch
    {
        long value => value,
        null => 0,
        var other => throw new InvalidOperationException($"Redis answered {other} to {arguments[0]}, not an integer."),
    };

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        _tcp.Dispose();
    }

    private async Task<object?> ReadAsync()
    {
        var line = await ReadLineAsync();
        var rest = line[1..];
        switch (line[0])
        {
            case '+':
                return rest;
            case '-':
                throw new InvalidOperationException("Redis error: " + rest);
            case ':':
                return long.Parse(rest, CultureInfo.InvariantCulture);
            case '$':
                var length = int.Parse(rest, CultureInfo.InvariantCulture);
                if (length < 0)
                {
                    return null;
                }

                var buffer = new byte[length + 2];
                await _reader.ReadExactlyAsync(buffer);
                return Encoding.UTF8.GetString(buffer, 0, length);
            case '*':
                var count = int.Parse(rest, CultureInfo.InvariantCulture);
                if (count < 0)
                {
                    return null;
                }

                var items = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = await ReadAsync();
                }

                return items;
            default:
                throw new InvalidOperationException("Unreadable Redis reply: " + line);
        }
    }

    private async Task<string> ReadLineAsync()
    {
        var bytes = new List<byte>(64);
        var one = new byte[1];
        while (true)
        {
            if (await _reader.ReadAsync(one) == 0)
            {
                throw new EndOfStreamException("Redis closed the connection.");
            }

            if (one[0] == '\n' && bytes.Count > 0 && bytes[^1] == '\r')
            {
                bytes.RemoveAt(bytes.Count - 1);
                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            bytes.Add(one[0]);
        }
    }
}
