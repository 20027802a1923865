using BenchmarkDotNet.Running;
using DisputeBot.Benchmarks.Storage;

namespace DisputeBot.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project bench/DisputeBot.Benchmarks -- --filter '*'`;
/// `-- store` runs the Redis store harness instead.</summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "store")
        {
            await StoreBenchmark.RunAsync(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
