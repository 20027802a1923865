using System.Globalization;
using System.Text;
using DisputeBot.LoadTest.Runs;

namespace DisputeBot.LoadTest.Report;

/// <summary>Prints the phases side by side, then the ratios to the floor and the targets.</summary>
internal static class ReportTable
{
    public static string Render(BenchOptions options, IReadOnlyList<PhaseReport> phases)
    {
        var text = new StringBuilder();
        var floor = phases.FirstOrDefault(p => p.Name == "floor");
        var bots = phases.Where(p => p != floor).ToList();
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
            ("server peak RSS MB", p => string.Join(" / ", p.Servers.Select(s => F(s.PeakRssBytes / 1048576.0, "0")))),
            ("start-up to ready ms", p => string.Join(" / ", p.StartupToReady.Select(s => F(s.TotalMilliseconds, "0")))),
            ("redis calls per delivery", p => string.Join(", ", p.CallsPerTurn().Select(c => Invariant($"{c.Command} {c.PerTurn:0.00}")))),
            ("state bytes/conversation", p => p.State.ToString()),
            ("conversations finished", p => p.Load.ConversationsFinished.ToString(CultureInfo.InvariantCulture)),
            ("server log warn/fail lines", p => Invariant($"{p.ServerWarnings}/{p.ServerErrors}")),
        };
        if (floor is not null)
        {
            rows.Add(("throughput vs floor", p => p == floor ? "100%" : F(p.Load.TurnsPerSecond / floor.Load.TurnsPerSecond * 100, "0") + "%"));
            rows.Add(("p99 vs floor", p => p == floor ? "1.00x" : F(p.Load.Latency.PercentileMilliseconds(0.99) / floor.Load.Latency.PercentileMilliseconds(0.99), "0.00") + "x"));
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
                text.AppendLine(Invariant($"    redeliveries to the other instance: {bot.Load.Redeliveries}, answered again: {bot.Load.RedeliveriesAnsweredAgain}, turns with a reply repeated: {bot.RepeatedReplies}"));
            }
        }

        text.AppendLine();
        foreach (var bot in bots.Where(b => b.Consistency is not null))
        {
            text.AppendLine(Invariant($"Stored turns, {bot.Name}: {bot.Consistency} -> {(bot.Consistency!.Holds ? "none lost, none doubled" : "MISMATCH")}"));
        }

        if (floor is not null)
        {
            text.AppendLine();
            text.AppendLine("Targets (bot vs floor, same run):");
            foreach (var bot in bots)
            {
                var ratio = bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond;
                var p99 = bot.Load.Latency.PercentileMilliseconds(0.99) / floor.Load.Latency.PercentileMilliseconds(0.99);
                text.AppendLine(Invariant($"  {bot.Name}: throughput {ratio:P0} of floor (>= 60%: {Verdict(ratio >= 0.6)}), p99 {p99:0.00}x floor (<= 2x: {Verdict(p99 <= 2)}), errors {bot.Load.Errors.Total} ({Verdict(bot.Load.Errors.Total == 0)}), state max {bot.State.MaxPayload} B (<= 2048: {Verdict(bot.State.MaxPayload <= 2048)}), start-up {bot.StartupToReady.Max().TotalSeconds:0.00} s (<= 1.5 s: {Verdict(bot.StartupToReady.Max().TotalSeconds <= 1.5)})"));
            }
        }

        return text.ToString();
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private static string F(double value, string format) => double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
