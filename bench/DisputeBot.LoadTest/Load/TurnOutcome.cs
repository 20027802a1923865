namespace DisputeBot.LoadTest.Load;

/// <summary>How one simulated turn went: answered (and when), or failed with a kind of error.</summary>
/// <param name="Instance">Which server instance took it (0 or 1).</param>
/// <param name="ElapsedTicks">Stopwatch ticks from sending to the reply being in hand.</param>
/// <param name="Error">Null when answered.</param>
internal readonly record struct TurnOutcome(int Instance, long ElapsedTicks, string? Error)
{
    public bool Answered => Error is null;

    public static TurnOutcome Ok(int instance, long elapsedTicks) => new(instance, elapsedTicks, null);

    public static TurnOutcome Failed(int instance, long elapsedTicks, string error) => new(instance, elapsedTicks, error);
}
