using BenchmarkDotNet.Running;
using DisputeBot.Benchmarks.Dialog;
using DisputeBot.Benchmarks.Storage;

namespace DisputeBot.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project bench/DisputeBot.Benchmarks -- --filter '*'`;
/// `-- store` runs the Redis store harness instead, `-- loop Case language seconds` one dialog turn case in a loop.</summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "store")
        {
            await StoreBenchmark.RunAsync(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "loop")
        {
            TurnLoop.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
