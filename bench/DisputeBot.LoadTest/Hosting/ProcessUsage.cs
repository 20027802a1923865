namespace DisputeBot.LoadTest.Hosting;

/// <summary>CPU a process used in a window, and its peak resident memory at the end of it.</summary>
internal readonly record struct ProcessUsage(double CpuSeconds, double WindowSeconds, long PeakRssBytes)
{
    /// <summary>Share of the machine's cores, in percent (100 % = every core busy for the whole window).</summary>
    public double PercentOfMachine => CpuSeconds / WindowSeconds / Environment.ProcessorCount * 100;
}
