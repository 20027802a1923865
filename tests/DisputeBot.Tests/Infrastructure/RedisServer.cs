using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// A real <c>redis-server</c> run as a plain child process on a free loopback port: the one launcher of the tests and
/// the benchmarks (bench/ links this file). It can be stopped
/// (killed, as in a crash) and started again on the same port. Without persistence (the default) a restart starts
/// empty; with <see cref="RedisServerSettings.Persistent"/> it writes an append-only file (fsync on every write) in
/// its own temporary folder, so a killed server comes back with its data.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly RedisServerSettings _settings;
    private readonly string _directory;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(RedisServerSettings settings, int port, int busPort)
    {
        _settings = settings;
        Port = port;
        BusPort = busPort;
        _directory = Directory.CreateTempSubdirectory("disputebot-redis-").FullName;
    }

    public int Port { get; }

    /// <summary>The cluster bus port of a cluster node (chosen free: the default, port + 10000, may not exist).</summary>
    public int BusPort { get; }

    /// <summary>The process id while running, for benchmarks that sample its CPU and memory.</summary>
    public int Pid => _process?.Id ?? throw new InvalidOperationException("redis-server is not running.");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>host:port, for a bot or a harness that sets its own options.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>For StackExchange.Redis: short timeouts so fault tests move quickly, abortConnect=false so a client
    /// survives the server being down.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000,syncTimeout=2000,allowAdmin=true";

    /// <summary>The same server, for the administrative commands tests use to look inside (SCAN, PTTL, INFO).</summary>
    public string AdminConnectionString => ConnectionString;

    /// <summary>Reserves a free port without starting the server (to test a client that starts before Redis).</summary>
    public static RedisServer Create(RedisServerSettings? settings = null)
    {
        settings ??= new RedisServerSettings();
        _ = settings.Executable ?? Executable;
        return new RedisServer(settings, FreePort(), settings.ClusterEnabled ? FreePort() : 0);
    }

    /// <summary>Starts a server on a free port and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartNewAsync(RedisServerSettings? settings = null)
    {
        // A port found free can be taken before the server binds it; try a few.
        for (var attempt = 1; ; attempt++)
        {
            var server = Create(settings);
            try
            {
                await server.StartAsync().ConfigureAwait(false);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The redis-server binary, or a failure telling how to install it.</summary>
    public static string Executable => LazyExecutable.Value;

    private static readonly Lazy<string> LazyExecutable = new(FindExecutable);

    /// <summary>Starts the server on <see cref="Port"/> (again) and waits until it answers PING.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var info = new ProcessStartInfo(_settings.Executable ?? Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var argument in Arguments())
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} on port {Port}:\n{Output}");
            }

            if (await AnswersPingAsync().ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        await StopAsync().ConfigureAwait(false);
        throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    /// <summary>Kills the server at once, like a crash; clients see their connection drop.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(StartTimeout);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>What the server printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private IEnumerable<string> Arguments()
    {
        string[] common = ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--dir", _directory, "--daemonize", "no"];
        string[] persistence = _settings.Persistent
            ? ["--appendonly", "yes", "--appendfsync", _settings.FsyncEverySecond ? "everysec" : "always"]
            : ["--appendonly", "no"];

        // As infra/redis/redis.conf: conversations stay in the compact hash encoding.
        string[] encoding = ["--hash-max-listpack-value", "4096"];
        string[] cluster = _settings.ClusterEnabled
            ? ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-port", BusPort.ToString(CultureInfo.InvariantCulture), "--cluster-node-timeout", "5000"]
            : [];
        return [.. common, .. persistence, .. encoding, .. cluster];
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // Enough to explain a failure; a long-running server must not grow without end.
            if (_output.Length < 64 * 1024)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token).ConfigureAwait(false);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);

            // "-LOADING" while a persistent server reads its append-only file.
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sends one command with redis-cli and returns what it printed (for cluster set-up and checks).</summary>
    internal static async Task<string> CliAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(Path.Combine(Path.GetDirectoryName(Executable)!, "redis-cli"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("redis-cli did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"redis-cli {string.Join(' ', info.ArgumentList)} did not finish within {timeout.TotalSeconds} s.");
        }

        var text = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        return process.ExitCode == 0
            ? text
            : throw new InvalidOperationException($"redis-cli {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}):\n{text}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/sbin", "/usr/local/bin"])
            .Select(directory => Path.Combine(directory, "redis-server"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: run scripts/install-test-deps (it installs the Debian package redis-server).");
    }
}
