using System.Globalization;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>CPU time and memory of a process as Linux reports them in /proc (no extra tools needed).</summary>
/// <param name="CpuSeconds">User + system time so far.</param>
/// <param name="RssBytes">Resident set now (VmRSS).</param>
/// <param name="PeakRssBytes">Highest resident set since start (VmHWM).</param>
internal readonly record struct ProcessSample(double CpuSeconds, long RssBytes, long PeakRssBytes)
{
    /// <summary>Clock ticks per second of /proc/[pid]/stat times (USER_HZ; 100 on every Linux build in use).</summary>
    private const double TicksPerSecond = 100;

    public static ProcessSample Read(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);

        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return new ProcessSample(ticks / TicksPerSecond, rss, peak);
    }

    /// <summary>Returns null when the process is gone.</summary>
    public static ProcessSample? TryRead(int pid)
    {
        try
        {
            return Read(pid);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Kilobytes(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
    }
}
