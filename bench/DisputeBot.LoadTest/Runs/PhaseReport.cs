using DisputeBot.LoadTest.Hosting;
using DisputeBot.LoadTest.Load;

namespace DisputeBot.LoadTest.Runs;

/// <summary>Everything measured for one column of the table: the floor, or the bot on one channel.</summary>
internal sealed record PhaseReport(
    string Name,
    LoadResult Load,
    IReadOnlyList<ProcessUsage> Servers,
    ProcessUsage Redis,
    ProcessUsage Harness,
    IReadOnlyList<TimeSpan> StartupToReady,
    IReadOnlyDictionary<string, long> RedisCalls,
    StateSize State,
    ConsistencyReport? Consistency,
    long RepeatedReplies,
    int ServerWarnings,
    int ServerErrors,
    double MachineBusyPercent,
    ShopperOutcomes Shoppers,
    IReadOnlyDictionary<string, long> BotApiCalls,
    long HarnessAllocatedBytes)
{
    public double ServerCpuSeconds => Servers.Sum(s => s.CpuSeconds);

    public double ServerCpuPercent => Servers.Sum(s => s.PercentOfMachine);

    /// <summary>Server CPU per answered turn, in microseconds: unlike turns/s, it hardly depends on how much of the
    /// machine other processes took during the window.</summary>
    public double ServerMicrosecondsPerTurn => ServerCpuSeconds * 1e6 / Math.Max(1, Load.Answered);

    /// <summary>The harness's own CPU per answered turn (load generator, shopper script, Telegram sink): it shares
    /// the cores with the server, so it is kept apart to see what the harness takes from the bot.</summary>
    public double HarnessMicrosecondsPerTurn => Harness.CpuSeconds * 1e6 / Math.Max(1, Load.Answered);

    /// <summary>redis-server's CPU per answered turn: what the turn's commands (and scripts) cost on the server side,
    /// on the same cores.</summary>
    public double RedisMicrosecondsPerTurn => Redis.CpuSeconds * 1e6 / Math.Max(1, Load.Answered);

    public double HarnessKilobytesAllocatedPerTurn => HarnessAllocatedBytes / 1024.0 / Math.Max(1, Load.Answered);

    /// <summary>CPU of everything in the run per answered turn: server, Redis and the harness (load generator and
    /// Telegram sink), which share the machine's cores.</summary>
    public double TotalMicrosecondsPerTurn => (ServerCpuSeconds + Redis.CpuSeconds + Harness.CpuSeconds) * 1e6 / Math.Max(1, Load.Answered);

    /// <summary>Calls to the Telegram sink per delivery, by method (methods carried in a webhook's answer marked).</summary>
    public string BotApiCallsPerTurn() => BotApiCalls.Count == 0
        ? "-"
        : string.Join(", ", BotApiCalls
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value)
            .Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Key} {(double)c.Value / Math.Max(1, Load.TurnsSentInPhase + Load.Redeliveries):0.00}")));

    /// <summary>Redis calls per delivery (turn or redelivery), by command, without the harness's own probes; commands
    /// run by a script inside Redis are marked, as they cost no round trip.</summary>
    public IEnumerable<(string Command, double PerTurn, bool InScript)> CallsPerTurn()
    {
        var scripted = RedisCalls.Any(c => c.Key is "evalsha" or "eval" && c.Value > 0);
        return RedisCalls
            .Where(c => !DisputeBot.LoadTest.Redis.CommandStats.IsHarnessOrHealth(c.Key) && c.Value > 0)
            .OrderByDescending(c => c.Value)
            .Select(c => (c.Key, (double)c.Value / Math.Max(1, Load.TurnsSentInPhase + Load.Redeliveries),
                scripted && !DisputeBot.LoadTest.Redis.CommandStats.IsRoundTripCommand(c.Key)));
    }
}
