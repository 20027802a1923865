using System.Diagnostics;

namespace DisputeBot.Benchmarks.Dialog;

/// <summary>
/// One <see cref="TurnBenchmarks"/> case run in a loop, for a profiler to attach to (`-- loop SeveralFacts ru 20`
/// under `dotnet-trace collect -- …`): BenchmarkDotNet's runs are too short and mixed to sample one case alone.
/// </summary>
public static class TurnLoop
{
    public static void Run(string[] args)
    {
        var benchmarks = new TurnBenchmarks { Language = args.Length > 1 ? args[1] : "en" };
        benchmarks.Setup();
        Func<int> turn = (args.Length > 0 ? args[0] : nameof(TurnBenchmarks.SeveralFacts)) switch
        {
            nameof(TurnBenchmarks.FreeTextProblem) => benchmarks.FreeTextProblem,
            nameof(TurnBenchmarks.SeveralFacts) => benchmarks.SeveralFacts,
            nameof(TurnBenchmarks.TypedDate) => benchmarks.TypedDate,
            nameof(TurnBenchmarks.ButtonPress) => benchmarks.ButtonPress,
            nameof(TurnBenchmarks.SellerOffer) => benchmarks.SellerOffer,
            var other => throw new ArgumentException($"No turn benchmark '{other}'."),
        };
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var clock = Stopwatch.StartNew();
        var turns = 0L;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                turn();
            }

            turns += 1000;
        }

        Console.WriteLine($"{turns} turns in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMicroseconds / turns:F1} µs a turn");
    }
}
