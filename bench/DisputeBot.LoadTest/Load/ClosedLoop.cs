using System.Diagnostics;
using DisputeBot.LoadTest.Shoppers;

namespace DisputeBot.LoadTest.Load;

/// <summary>
/// Closed-loop load: N workers, each with one request in flight, take the next shopper, play one turn, put it back.
/// Turns are spread over the instances round robin (no affinity: a conversation's consecutive turns land on
/// different instances). Only turns that start and end inside the measured window count.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(ITurnDriver driver, ShopperPool pool, LoadSettings settings, CancellationToken cancellationToken)
    {
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = settings.StopAfterConversations is null ? measureFrom + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var errors = new ErrorTally();
        var perInstance = new long[driver.Instances];
        long sent = 0, redeliveries = 0, answeredAgain = 0, roundRobin = 0;
        var stop = false;
        var nextProgress = settings.ProgressEvery;
        var progressGate = new SemaphoreSlim(1, 1);

        async Task<LatencyHistogram> Worker(int seed)
        {
            var histogram = new LatencyHistogram();
            var random = new Random(seed);
            // One delegate per worker: a method group passed in the loop would allocate one per turn.
            Action<Shopper> prepare = driver.Prepare;
            while (!Volatile.Read(ref stop))
            {
                var (shopper, _) = pool.Take(prepare);
                var instance = driver.Instances == 1 ? 0 : (int)(Interlocked.Increment(ref roundRobin) % driver.Instances);
                var started = Stopwatch.GetTimestamp();
                TurnOutcome outcome;
                try
                {
                    outcome = await driver.RunTurnAsync(shopper, instance, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    outcome = TurnOutcome.Failed(instance, Stopwatch.GetTimestamp() - started, exception.GetType().Name);
                }

                var ended = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref sent);
                if (!outcome.Answered)
                {
                    shopper.UncertainTurns++;
                }

                if (started >= measureFrom && ended <= measureTo)
                {
                    if (outcome.Answered)
                    {
                        histogram.RecordTicks(outcome.ElapsedTicks);
                        Interlocked.Increment(ref perInstance[outcome.Instance]);
                    }
                    else
                    {
                        errors.Add(outcome.Error!);
                    }
                }

                if (outcome.Answered && driver.Instances > 1 && random.NextDouble() < settings.RedeliverFraction)
                {
                    Interlocked.Increment(ref redeliveries);
                    if (await driver.RedeliverAsync(shopper, (outcome.Instance + 1) % driver.Instances, cancellationToken))
                    {
                        Interlocked.Increment(ref answeredAgain);
                    }
                }

                pool.Return(shopper);
                if (ended > measureTo || (settings.StopAfterConversations is { } limit && pool.Finished >= limit))
                {
                    Volatile.Write(ref stop, true);
                }

                if (settings.Progress is not null && pool.Finished >= Volatile.Read(ref nextProgress) && await progressGate.WaitAsync(0, cancellationToken))
                {
                    try
                    {
                        while (pool.Finished >= nextProgress)
                        {
                            await settings.Progress(nextProgress);
                            nextProgress += settings.ProgressEvery;
                        }
                    }
                    finally
                    {
                        progressGate.Release();
                    }
                }
            }

            return histogram;
        }

        var workers = Enumerable.Range(0, settings.Connections).Select(i => Task.Run(() => Worker(i * 7919), cancellationToken)).ToArray();
        var histograms = await Task.WhenAll(workers);
        var latency = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            latency.Add(histogram);
        }

        var window = settings.StopAfterConversations is null ? settings.Duration : Stopwatch.GetElapsedTime(measureFrom);
        return new LoadResult(driver.Name, window, perInstance.Sum(), latency, errors, perInstance, sent, redeliveries, answeredAgain, pool.Finished);
    }
}
