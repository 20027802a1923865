namespace DisputeBot.LoadTest.Load;

/// <summary>What one load phase measured (inside the measured window unless said otherwise).</summary>
internal sealed record LoadResult(
    string Name,
    TimeSpan Window,
    long Answered,
    LatencyHistogram Latency,
    ErrorTally Errors,
    IReadOnlyList<long> AnsweredPerInstance,
    long TurnsSentInPhase,
    long Redeliveries,
    long RedeliveriesAnsweredAgain,
    int ConversationsFinished)
{
    public double TurnsPerSecond => Answered / Window.TotalSeconds;
}
