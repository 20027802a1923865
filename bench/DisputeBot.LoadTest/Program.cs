using DisputeBot.LoadTest;
using DisputeBot.LoadTest.Report;
using DisputeBot.LoadTest.Runs;

// The load benchmark: prints figures, asserts nothing (speed is for bench/, not tests). See bench/README.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

DisputeBot.LoadTest.Shoppers.ShopperScript.Transcripts = options.Transcripts;

// Enough pool threads from the start: 32 workers plus the sink must not wait for the thread pool to grow.
ThreadPool.SetMinThreads(Math.Max(options.Connections, 16), Math.Max(options.Connections, 16));
try
{
    if (options.Mode == "memory")
    {
        return await MemoryFlatRun.RunAsync(options, Console.Out, cancel.Token) ? 0 : 1;
    }

    var rounds = await BenchRun.RunAsync(options, Console.Out, cancel.Token);
    for (var i = 0; i < rounds.Count; i++)
    {
        Console.WriteLine();
        Console.WriteLine(ReportTable.Render(options, rounds[i], rounds.Count > 1 ? i + 1 : null));
    }

    if (rounds.Count > 1)
    {
        Console.WriteLine(ReportTable.RenderRounds(rounds));
    }

    return 0;
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
