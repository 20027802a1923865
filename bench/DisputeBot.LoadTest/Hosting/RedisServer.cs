using DisputeBot.LoadTest.Redis;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>A throwaway redis-server on a free loopback port: no persistence, gone when disposed.</summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private RedisServer(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int Pid => _process.Pid;

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string binary, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        ChildProcess process;
        try
        {
            process = ChildProcess.Start("redis-server", binary,
                ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
                new Dictionary<string, string>());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not run '{binary}': install it with scripts/install-test-deps (apt-get install redis-server) or pass --redis-server PATH.", exception);
        }

        var server = new RedisServer(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                await using var client = await RespClient.ConnectAsync(port, cancellationToken);
                if (await client.CallStringAsync("PING") == "PONG")
                {
                    return server;
                }
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(20, cancellationToken);
            }
            catch (System.Net.Sockets.SocketException exception)
            {
                var tail = process.Tail();
                await server.DisposeAsync();
                throw new InvalidOperationException("redis-server did not start: " + tail, exception);
            }
        }
    }

    public ProcessSample Sample() => _process.Sample();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
