using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DisputeBot.LoadTest.Profiling;

/// <summary>
/// Samples a server's managed stacks with <c>dotnet-trace</c> (profile dotnet-sampled-thread-time, about 100 Hz per
/// thread) during a measured window, and sums the samples by method: where the turn's CPU goes. Threads waiting in
/// native code show as UNMANAGED_CODE_TIME and are left out of the managed totals.
/// </summary>
internal static class TraceProfiler
{
    private const string Unmanaged = "UNMANAGED_CODE_TIME";
    private const string Running = "CPU_TIME";

    /// <returns>The speedscope file, or null (with the reason written to <paramref name="log"/>).</returns>
    public static async Task<string?> CollectAsync(int pid, TimeSpan duration, string outputBase, TextWriter log, CancellationToken cancellationToken)
    {
        var tool = FindTool();
        if (tool is null)
        {
            log.WriteLine("dotnet-trace not found: install it with `dotnet tool install -g dotnet-trace --version 10.0.750501` (or set DOTNET_TRACE).");
            return null;
        }

        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
            "--duration", duration.ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture), "--format", "Speedscope", "-o", outputBase + ".nettrace"])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var speedscope = outputBase + ".speedscope.json";
        if (!File.Exists(speedscope))
        {
            log.WriteLine($"dotnet-trace wrote no speedscope file: {await output} {await errors}");
            return null;
        }

        return speedscope;
    }

    /// <summary>The top methods by inclusive share of managed samples, and by self share.</summary>
    public static string Summarize(string speedscopePath, int top = 40)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(speedscopePath));
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("name").GetString() ?? "?").ToArray();
        var inclusive = new double[frames.Length];
        var self = new double[frames.Length];
        var areaOf = frames.Select(f => Areas.Select((a, i) => a.Prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal)) ? 1 << i : 0).Sum()).ToArray();
        var areaTime = new double[Areas.Length];
        double managed = 0, unmanaged = 0;
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            var stack = new List<int>();
            double? last = null;
            foreach (var e in profile.GetProperty("events").EnumerateArray())
            {
                var at = e.GetProperty("at").GetDouble();
                if (last is { } from && stack.Count > 0 && at > from)
                {
                    var span = at - from;
                    if (frames[stack[^1]] == Unmanaged)
                    {
                        unmanaged += span;
                    }
                    else
                    {
                        managed += span;
                        self[frames[stack[^1]] == Running && stack.Count > 1 ? stack[^2] : stack[^1]] += span;
                        var areas = 0;
                        foreach (var frame in stack.Distinct())
                        {
                            inclusive[frame] += span;
                            areas |= areaOf[frame];
                        }

                        for (var a = 0; a < Areas.Length; a++)
                        {
                            if ((areas & (1 << a)) != 0)
                            {
                                areaTime[a] += span;
                            }
                        }
                    }
                }

                last = at;
                var index = e.GetProperty("frame").GetInt32();
                if (e.GetProperty("type").GetString() == "O")
                {
                    stack.Add(index);
                }
                else if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.LastIndexOf(index) is var i and >= 0 ? i : stack.Count - 1);
                }
            }
        }

        var text = new StringBuilder();
        text.AppendLine(Invariant($"Sampled thread time: {managed / 1000:0.0} s in managed code, {unmanaged / 1000:0.0} s in native code or waiting (left out below)."));
        text.AppendLine("By area (inclusive share of managed time; areas overlap where one calls another):");
        for (var a = 0; a < Areas.Length; a++)
        {
            text.AppendLine(Invariant($"  {(managed == 0 ? 0 : areaTime[a] / managed * 100),5:0.0}%  {Areas[a].Area}"));
        }

        text.AppendLine("Top methods, inclusive % / self %:");
        foreach (var i in Enumerable.Range(0, frames.Length).Where(i => IsMethod(frames[i])).OrderByDescending(i => inclusive[i]).Take(top))
        {
            text.AppendLine(Invariant($"  {inclusive[i] / managed * 100,5:0.0}% {self[i] / managed * 100,5:0.0}%  {Shorten(frames[i])}"));
        }

        text.AppendLine("Top methods by self %:");
        foreach (var i in Enumerable.Range(0, frames.Length).Where(i => IsMethod(frames[i])).OrderByDescending(i => self[i]).Take(top / 2))
        {
            text.AppendLine(Invariant($"  {self[i] / managed * 100,5:0.0}%  {Shorten(frames[i])}"));
        }

        return text.ToString();
    }

    private static readonly (string Area, string[] Prefixes)[] Areas =
    [
        ("dialog (DisputeBot.Dialog)", ["DisputeBot.Dialog!"]),
        ("host: channels, turn pipeline, store (DisputeBot)", ["DisputeBot!"]),
        ("System.Text.Json", ["System.Text.Json!"]),
        ("regular expressions", ["System.Text.RegularExpressions!"]),
        ("StackExchange.Redis", ["StackExchange.Redis!"]),
        ("Kestrel and routing (Microsoft.AspNetCore)", ["Microsoft.AspNetCore"]),
        ("logging (Microsoft.Extensions.Logging)", ["Microsoft.Extensions.Logging"]),
        ("HttpClient (System.Net.Http)", ["System.Net.Http!"]),
        ("sockets (System.Net.Sockets)", ["System.Net.Sockets!"]),
    ];

    /// <summary>Speedscope's synthetic frames (process, thread, state markers) are not methods.</summary>
    private static bool IsMethod(string frame) =>
        frame.Contains('!', StringComparison.Ordinal) && !frame.StartsWith("Process", StringComparison.Ordinal) && frame != "?!?";

    private static string Shorten(string frame) => frame.Length <= 160 ? frame : frame[..157] + "...";

    private static string? FindTool()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("DOTNET_TRACE"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-trace"),
        }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "dotnet-trace")));
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
