namespace DisputeBot.LoadTest.Load;

/// <summary>How a load phase runs.</summary>
/// <param name="Connections">Concurrent closed-loop workers, one request in flight each.</param>
/// <param name="Warmup">Played but not measured (JIT, connection pools, Redis scripts).</param>
/// <param name="Duration">The measured window.</param>
/// <param name="RedeliverFraction">Share of answered turns sent once more to the other instance, to show a
/// redelivery is not answered twice.</param>
/// <param name="StopAfterConversations">Ends the phase once this many conversations finished (the memory run).</param>
/// <param name="Progress">Called after every <paramref name="ProgressEvery"/> finished conversations.</param>
internal sealed record LoadSettings(
    int Connections,
    TimeSpan Warmup,
    TimeSpan Duration,
    double RedeliverFraction = 0,
    int? StopAfterConversations = null,
    int ProgressEvery = 0,
    Func<int, Task>? Progress = null);
