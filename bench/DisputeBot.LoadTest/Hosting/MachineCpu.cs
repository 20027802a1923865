using System.Globalization;

namespace DisputeBot.LoadTest.Hosting;

/// <summary>The whole machine's CPU use from /proc/stat: how busy every process together kept the cores (other
/// people's builds included), so a reader can tell a quiet run from a contended one.</summary>
internal readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return new MachineCpu(total - idle, total);
    }

    /// <summary>Percent of all cores busy between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static double BusyPercent(MachineCpu start, MachineCpu end) =>
        end.Total == start.Total ? double.NaN : 100.0 * (end.Busy - start.Busy) / (end.Total - start.Total);
}
