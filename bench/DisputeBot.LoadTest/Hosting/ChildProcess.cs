using System.Diagnostics;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>
/// A server the harness started (redis-server, the floor, a bot instance). Its output is drained continuously (a
/// full pipe would stall it) and the last lines are kept for the error message if it dies.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 40;
    private const int FailureLines = 12;
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();
    private readonly List<string> _firstFailure = [];
    private int _warnings;
    private int _errors;

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        StartedAt = Stopwatch.GetTimestamp();
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary><see cref="Stopwatch"/> timestamp taken just before the OS started it.</summary>
    public long StartedAt { get; private set; }

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child.StartedAt = Stopwatch.GetTimestamp();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {name} ({fileName}).");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public ProcessSample Sample() => ProcessSample.Read(_process.Id);

    /// <summary>The first error it logged and the lines after it, or empty.</summary>
    public string FirstFailure()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _firstFailure);
        }
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    /// <summary>Lines of its output that contain <paramref name="text"/> (only the kept tail).</summary>
    public int CountInTail(string text)
    {
        lock (_gate)
        {
            return _tail.Count(line => line.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets ASP.NET Core and redis-server shut down cleanly; kill if they do not within 5 s.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }

    /// <summary>Console-logger lines at warning level ("warn:") so far.</summary>
    public int WarningLines => Volatile.Read(ref _warnings);

    /// <summary>Console-logger lines at error or critical level ("fail:", "crit:") so far.</summary>
    public int ErrorLines => Volatile.Read(ref _errors);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("warn:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _warnings);
        }
        else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errors);
        }

        lock (_gate)
        {
            // The first error with the lines after it (its exception), to show why a phase failed.
            if (_firstFailure.Count is > 0 and < FailureLines || (_errors == 1 && _firstFailure.Count == 0 && !line.StartsWith("warn:", StringComparison.Ordinal)))
            {
                _firstFailure.Add(line);
            }
        }

        lock (_gate)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }
}
