using System.Globalization;
using System.Text;
using DisputeBot.LoadTest.Runs;

namespace DisputeBot.LoadTest.Report;

/// <summary>Prints the phases side by side, then the ratios to the floor and the targets.</summary>
internal static class ReportTable
{
    public static string Render(BenchOptions options, IReadOnlyList<PhaseReport> phases, int? round = null)
    {
        var text = new StringBuilder();
        if (round is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Round {round}: ");
        }

        var floor = phases.FirstOrDefault(p => p.Name == "floor");
        var telegramFloor = phases.FirstOrDefault(p => p.Name == TelegramFloorName);
        var bots = phases.Where(p => !IsFloor(p.Name)).ToList();
        text.AppendLine(Invariant($"DisputeBot load benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {options.Connections} connections, {options.DurationSeconds} s measured after {options.WarmupSeconds} s warm-up, {options.Shoppers} shoppers mid-dispute, {options.Instances} bot instance(s)"));
        text.AppendLine();

        var rows = new List<(string Label, Func<PhaseReport, string> Value)>
        {
            ("turns/s", p => F(p.Load.TurnsPerSecond, "0")),
            ("turns answered", p => p.Load.Answered.ToString(CultureInfo.InvariantCulture)),
            ("latency p50 ms", p => F(p.Load.Latency.PercentileMilliseconds(0.50), "0.00")),
            ("latency p90 ms", p => F(p.Load.Latency.PercentileMilliseconds(0.90), "0.00")),
            ("latency p99 ms", p => F(p.Load.Latency.PercentileMilliseconds(0.99), "0.00")),
            ("latency max ms", p => F(p.Load.Latency.MaxMicroseconds / 1000.0, "0.0")),
            ("errors", p => p.Load.Errors.ToString()),
            ("server CPU s (% of machine)", p => Invariant($"{p.ServerCpuSeconds:0.0} ({p.ServerCpuPercent:0}%)")),
            ("redis CPU s (%)", p => Invariant($"{p.Redis.CpuSeconds:0.0} ({p.Redis.PercentOfMachine:0}%)")),
            ("harness CPU s (%)", p => Invariant($"{p.Harness.CpuSeconds:0.0} ({p.Harness.PercentOfMachine:0}%)")),
            ("server CPU us/turn", p => F(p.ServerMicrosecondsPerTurn, "0")),
            ("redis CPU us/turn", p => F(p.RedisMicrosecondsPerTurn, "0")),
            ("harness CPU us/turn", p => F(p.HarnessMicrosecondsPerTurn, "0")),
            ("harness KB allocated/turn", p => F(p.HarnessKilobytesAllocatedPerTurn, "0.0")),
            ("server+redis+harness us/turn", p => F(p.TotalMicrosecondsPerTurn, "0")),
            ("server peak RSS MB", p => string.Join(" / ", p.Servers.Select(s => F(s.PeakRssBytes / 1048576.0, "0")))),
            ("start-up to ready ms", p => string.Join(" / ", p.StartupToReady.Select(s => F(s.TotalMilliseconds, "0")))),
            ("redis round trips/turn", p => string.Join(", ", p.CallsPerTurn().Where(c => !c.InScript).Select(c => Invariant($"{c.Command} {c.PerTurn:0.00}")))),
            ("  run inside scripts", p => string.Join(", ", p.CallsPerTurn().Where(c => c.InScript).Select(c => Invariant($"{c.Command} {c.PerTurn:0.00}"))) is { Length: > 0 } s ? s : "-"),
            ("Bot API calls/turn (telegram)", p => p.BotApiCallsPerTurn()),
            ("state bytes/conversation", p => p.State.ToString()),
            ("conversations finished", p => p.Load.ConversationsFinished.ToString(CultureInfo.InvariantCulture)),
            ("machine busy % (all processes)", p => F(p.MachineBusyPercent, "0")),
            ("disputes to summary / offers warned", p => IsFloor(p.Name) ? "-" : Invariant($"{p.Shoppers.ReachedSummary}/{p.Shoppers.Finished} / {p.Shoppers.OffersWarned}/{p.Shoppers.OffersSent}")),
            ("server log warn/fail lines", p => Invariant($"{p.ServerWarnings}/{p.ServerErrors}")),
        };
        if (floor is not null)
        {
            rows.Add(("throughput vs floor", p => p == floor ? "100%" : F(p.Load.TurnsPerSecond / floor.Load.TurnsPerSecond * 100, "0") + "%"));
            rows.Add(("floor/bot CPU per turn", p => p == floor ? "100%" : F(floor.TotalMicrosecondsPerTurn / p.TotalMicrosecondsPerTurn * 100, "0") + "%"));
            rows.Add(("p99 vs floor", p => p == floor ? "1.00x" : F(p.Load.Latency.PercentileMilliseconds(0.99) / floor.Load.Latency.PercentileMilliseconds(0.99), "0.00") + "x"));
        }

        if (telegramFloor is not null)
        {
            rows.Add(("throughput vs Telegram floor", p => p.Name == TelegramBotName ? F(p.Load.TurnsPerSecond / telegramFloor.Load.TurnsPerSecond * 100, "0") + "%" : "-"));
            rows.Add(("p99 vs Telegram floor", p => p.Name == TelegramBotName ? F(p.Load.Latency.PercentileMilliseconds(0.99) / telegramFloor.Load.Latency.PercentileMilliseconds(0.99), "0.00") + "x" : "-"));
        }

        var width = Math.Max(22, phases.Max(p => rows.Max(r => r.Value(p).Length)) + 2);
        text.Append("".PadRight(30));
        foreach (var phase in phases)
        {
            text.Append(phase.Name.PadLeft(width));
        }

        text.AppendLine();
        foreach (var (label, value) in rows)
        {
            text.Append(label.PadRight(30));
            foreach (var phase in phases)
            {
                text.Append(value(phase).PadLeft(width));
            }

            text.AppendLine();
        }

        if (options.Instances > 1)
        {
            text.AppendLine();
            text.AppendLine("Two instances on one Redis, turns round robin (a conversation's turns alternate between instances):");
            foreach (var bot in bots)
            {
                var perInstance = string.Join(", ", bot.Load.AnsweredPerInstance.Select((n, i) => Invariant($"instance {i + 1}: {n / bot.Load.Window.TotalSeconds:0} turns/s")));
                text.AppendLine(Invariant($"  {bot.Name}: {perInstance}"));
                var again = bot.Name.EndsWith("telegram", StringComparison.Ordinal) ? "judged by repeated replies" : bot.Load.RedeliveriesAnsweredAgain.ToString(CultureInfo.InvariantCulture);
                text.AppendLine(Invariant($"    redeliveries to the other instance: {bot.Load.Redeliveries}, answered again: {again}, turns with a reply repeated: {bot.RepeatedReplies}"));
            }
        }

        text.AppendLine();
        foreach (var bot in bots.Where(b => b.Consistency is not null))
        {
            text.AppendLine(Invariant($"Stored turns, {bot.Name}: {bot.Consistency} -> {(bot.Consistency!.Holds ? "none lost, none doubled" : "MISMATCH")}"));
        }

        foreach (var bot in bots)
        {
            text.AppendLine(Invariant($"Disputes, {bot.Name}: {bot.Shoppers} -> {Verdict(bot.Shoppers.AllWell)}"));
        }

        if (floor is not null)
        {
            text.AppendLine();
            text.AppendLine("Targets (bot vs floor, same run):");
            foreach (var bot in bots)
            {
                var ratio = bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond;
                var p99 = bot.Load.Latency.PercentileMilliseconds(0.99) / floor.Load.Latency.PercentileMilliseconds(0.99);
                // On Telegram the Bot API calls alone take the Telegram floor to about half the plain floor: judged against the Telegram floor.
                var judged = telegramFloor is null || bot.Name != TelegramBotName;
                var versusFloor = judged
                    ? Invariant($"throughput {ratio:P0} of floor (>= 60%: {Verdict(ratio >= 0.6)}), p99 {p99:0.00}x floor (<= 2x: {Verdict(p99 <= 2)})")
                    : Invariant($"throughput {ratio:P0} of floor, p99 {p99:0.00}x floor (not judged)");
                text.AppendLine(Invariant($"  {bot.Name}: {versusFloor}, errors {bot.Load.Errors.Total} ({Verdict(bot.Load.Errors.Total == 0)}), state max {bot.State.MaxPayload} B (<= 2048: {Verdict(bot.State.MaxPayload <= 2048)}), start-up {bot.StartupToReady.Max().TotalSeconds:0.00} s (<= 1.5 s: {Verdict(bot.StartupToReady.Max().TotalSeconds <= 1.5)})"));
                if (telegramFloor is not null && bot.Name == TelegramBotName)
                {
                    var channelRatio = bot.Load.TurnsPerSecond / telegramFloor.Load.TurnsPerSecond;
                    var channelP99 = bot.Load.Latency.PercentileMilliseconds(0.99) / telegramFloor.Load.Latency.PercentileMilliseconds(0.99);
                    text.AppendLine(Invariant($"  {bot.Name} vs the Telegram floor (the floor plus the same Bot API calls per turn): throughput {channelRatio:P0} (>= 70%: {Verdict(channelRatio >= 0.7)}), p99 {channelP99:0.00}x"));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The bot's ratios to the floor in each round, and their medians.</summary>
    public static string RenderRounds(IReadOnlyList<IReadOnlyList<PhaseReport>> rounds)
    {
        var text = new StringBuilder();
        text.AppendLine("Ratios to the floor by round (throughput, p99):");
        var comparisons = rounds[0].Where(p => !IsFloor(p.Name)).Select(p => (Bot: p.Name, Floor: "floor", Label: p.Name))
            .Concat(rounds[0].Any(p => p.Name == TelegramFloorName) ? [(TelegramBotName, TelegramFloorName, TelegramBotName + " vs " + TelegramFloorName)] : []);
        foreach (var (name, floorName, label) in comparisons)
        {
            var ratios = rounds
                .Select(r => (Floor: r.FirstOrDefault(p => p.Name == floorName), Bot: r.FirstOrDefault(p => p.Name == name)))
                .Where(r => r.Floor is not null && r.Bot is not null)
                .Select(r => (Throughput: r.Bot!.Load.TurnsPerSecond / r.Floor!.Load.TurnsPerSecond, P99: r.Bot.Load.Latency.PercentileMilliseconds(0.99) / r.Floor.Load.Latency.PercentileMilliseconds(0.99)))
                .ToList();
            if (ratios.Count == 0)
            {
                continue;
            }

            text.AppendLine(Invariant($"  {label}: {string.Join("; ", ratios.Select(r => $"{r.Throughput:P0}, {r.P99:0.00}x"))}; median {Median(ratios.Select(r => r.Throughput)):P0}, {Median(ratios.Select(r => r.P99)):0.00}x"));
        }

        return text.ToString();
    }

    private const string TelegramBotName = "bot/telegram";
    private const string TelegramFloorName = "floor/telegram";

    private static bool IsFloor(string phase) => phase.StartsWith("floor", StringComparison.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private static string F(double value, string format) => double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
