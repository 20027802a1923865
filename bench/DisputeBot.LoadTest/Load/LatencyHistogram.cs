using System.Diagnostics;
using System.Numerics;

namespace DisputeBot.LoadTest.Load;

/// <summary>
/// Latencies in microseconds in log-linear buckets (HDR style: 64 sub-buckets per power of two, under 1.6 % error,
/// fixed memory). One per worker, merged at the end, so recording takes no lock.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBits = 6;
    private const int SubCount = 1 << SubBits;
    private readonly long[] _counts = new long[(64 - SubBits) * SubCount + SubCount];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public double SumMicroseconds { get; private set; }

    public void RecordTicks(long stopwatchTicks) => Record(stopwatchTicks * 1_000_000 / Stopwatch.Frequency);

    public void Record(long microseconds)
    {
        microseconds = Math.Max(0, microseconds);
        _counts[Index(microseconds)]++;
        Count++;
        SumMicroseconds += microseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, microseconds);
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
        SumMicroseconds += other.SumMicroseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>The latency under which <paramref name="fraction"/> of the samples fall, in milliseconds.</summary>
    public double PercentileMilliseconds(double fraction)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(fraction * Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(Midpoint(i), MaxMicroseconds) / 1000.0;
            }
        }

        return MaxMicroseconds / 1000.0;
    }

    public double MeanMilliseconds => Count == 0 ? double.NaN : SumMicroseconds / Count / 1000.0;

    private static int Index(long value)
    {
        // Values below 2 * SubCount map one to one; above, each power of two is split into SubCount buckets.
        var magnitude = Math.Max(0, 63 - BitOperations.LeadingZeroCount((ulong)value | (SubCount * 2 - 1)) - SubBits);
        return (magnitude * SubCount) + (int)(value >> magnitude);
    }

    private static double Midpoint(int index)
    {
        if (index < 2 * SubCount)
        {
            return index;
        }

        var magnitude = (index / SubCount) - 1;
        var sub = index - (magnitude * SubCount);
        return (sub + 0.5) * (1L << magnitude);
    }
}
