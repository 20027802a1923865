using BenchmarkDotNet.Running;

namespace DisputeBot.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project bench/DisputeBot.Benchmarks -- --filter '*'`.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
