using System.Diagnostics;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>Samples processes at the start and the end of the measured window, alongside the load.</summary>
internal static class CpuWindow
{
    /// <summary>Harness's own pid, for its CPU (load generator and Telegram sink).</summary>
    public static int Self { get; } = Environment.ProcessId;

    /// <summary>The machine's busy share over the last measured window (all processes, ours and others').</summary>
    public static double LastMachineBusyPercent { get; private set; } = double.NaN;

    /// <summary>Bytes the harness allocated over the last measured window: its garbage is collected on the cores
    /// the bot runs on, and unlike CPU it hardly moves with what else runs on the machine.</summary>
    public static long LastHarnessAllocatedBytes { get; private set; }

    public static async Task<IReadOnlyDictionary<string, ProcessUsage>> MeasureAsync(
        IReadOnlyDictionary<string, int> processes, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        await Task.Delay(warmup, cancellationToken);
        var start = processes.ToDictionary(p => p.Key, p => ProcessSample.TryRead(p.Value));
        var machine = MachineCpu.Read();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.GetTimestamp();
        await Task.Delay(duration, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(clock).TotalSeconds;
        LastMachineBusyPercent = MachineCpu.BusyPercent(machine, MachineCpu.Read());
        LastHarnessAllocatedBytes = GC.GetTotalAllocatedBytes() - allocated;
        return processes.ToDictionary(p => p.Key, p =>
        {
            var end = ProcessSample.TryRead(p.Value);
            var before = start[p.Key];
            return end is null || before is null
                ? new ProcessUsage(double.NaN, double.NaN, 0)
                : new ProcessUsage(end.Value.CpuSeconds - before.Value.CpuSeconds, seconds, end.Value.PeakRssBytes);
        });
    }
}
