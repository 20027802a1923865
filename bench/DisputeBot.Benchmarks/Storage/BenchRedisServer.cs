using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DisputeBot.Benchmarks.Storage;

/// <summary>A redis-server child process on a free loopback port, for the store benchmark.</summary>
internal sealed class BenchRedisServer : IAsyncDisposable
{
    private static readonly string[] KnownFolders = ["/usr/bin", "/usr/sbin", "/usr/local/bin"];

    private readonly Process _process;
    private readonly string _directory;

    private BenchRedisServer(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        _directory = directory;
    }

    public int Port { get; }

    public static async Task<BenchRedisServer> StartAsync(bool appendOnly)
    {
        var executable = KnownFolders
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: run scripts/install-test-deps.");

        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("disputebot-bench-redis-").FullName;
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = directory };
        string[] arguments =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--dir", directory,
            "--appendonly", appendOnly ? "yes" : "no", "--appendfsync", "everysec", "--logfile", "",

            // As infra/redis/redis.conf: conversations stay in the compact hash encoding.
            "--hash-max-listpack-value", "4096",
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new BenchRedisServer(process, port, directory);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
