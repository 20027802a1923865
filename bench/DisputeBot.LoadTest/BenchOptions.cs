using System.Globalization;
using DisputeBot.LoadTest.Hosting;

namespace DisputeBot.LoadTest;

/// <summary>Command-line settings of the harness (see bench/README.md).</summary>
internal sealed record BenchOptions
{
    public int DurationSeconds { get; init; } = 60;

    /// <summary>Long enough for tiered JIT to settle on this machine: the bot has far more code to tier up than the floor.</summary>
    public int WarmupSeconds { get; init; } = 15;

    public int Connections { get; init; } = 32;

    public int Instances { get; init; } = 1;

    /// <summary>botframework, telegram or both.</summary>
    public string Channel { get; init; } = "both";

    /// <summary>load (floor then bot, side by side) or memory (100,000 short conversations, RSS every 10,000).</summary>
    public string Mode { get; init; } = "load";

    public int Conversations { get; init; } = 100_000;

    /// <summary>Shoppers in the middle of a dispute at any time.</summary>
    public int Shoppers { get; init; } = 2000;

    /// <summary>Share of turns redelivered to the other instance when there are two.</summary>
    public double Redeliver { get; init; } = 0.02;

    public bool SkipFloor { get; init; }

    public string BotDll { get; init; } = "";

    public string FloorDll { get; init; } = "";

    public string RedisServer { get; init; } = "redis-server";

    public int Seed { get; init; } = 20261122;

    /// <summary>Seconds of stack sampling (dotnet-trace) of the first bot instance in each bot phase of round 1; 0: none.</summary>
    public int ProfileSeconds { get; init; }

    /// <summary>Profiles the floor too.</summary>
    public bool ProfileFloor { get; init; }

    /// <summary>Shoppers of each phase whose turns are printed (stderr): what to read when the dialog's wording changes.</summary>
    public int Transcripts { get; init; }

    /// <summary>How many times the floor and bot phases are run in turn (the servers stay up).</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Extra settings for the bot instances (KEY=VALUE, as environment variables).</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra runtime settings for the floor and the bot alike, to try a setting for the image fairly.</summary>
    public IReadOnlyDictionary<string, string> RuntimeEnvironment { get; init; } = new Dictionary<string, string>();

    public static string Usage =>
        """
        dotnet run -c Release --project bench/DisputeBot.LoadTest -- [options]
          --duration S        measured seconds per phase (60)
          --warmup S          unmeasured seconds before each phase (15)
          --connections N     concurrent closed-loop connections (32)
          --instances 1|2     bot instances sharing one Redis, turns split round robin (1)
          --channel C         botframework | telegram | both (both)
          --mode M            load (floor, then bot) | memory (short conversations, RSS every 10,000) (load)
          --conversations N   conversations of the memory run (100000)
          --shoppers N        shoppers mid-dispute at any time (2000)
          --redeliver F       share of turns sent again to the other instance with --instances 2 (0.02)
          --rounds N          run floor and bot phases in turn N times, servers kept up (1)
          --profile S         sample the bot's stacks for S s in each bot phase of round 1 (needs dotnet-trace)
          --profile-floor     sample the floor's too
          --skip-floor        bot only
          --transcripts N     print the turns of the first N shoppers of each phase to stderr (0)
          --bot-env K=V       extra setting for the bot (environment variable syntax), repeatable
          --runtime-env K=V   extra runtime setting for the floor and the bot alike, repeatable
          --bot-dll PATH      default src/DisputeBot/bin/<config>/net10.0/DisputeBot.dll
          --floor-dll PATH    default bench/DisputeBot.Floor/bin/<config>/net10.0/DisputeBot.Floor.dll
          --redis-server PATH (redis-server)
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { BotDll = RepoLayout.BotDll, FloorDll = RepoLayout.FloorDll };
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var runtime = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.");
            options = args[i] switch
            {
                "--duration" => options with { DurationSeconds = Int() },
                "--warmup" => options with { WarmupSeconds = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = Int() },
                "--instances" => options with { Instances = Int() is var n and (1 or 2) ? n : throw new ArgumentException("--instances is 1 or 2.") },
                "--channel" => options with { Channel = Value() is var c and ("botframework" or "telegram" or "both") ? c : throw new ArgumentException("--channel is botframework, telegram or both.") },
                "--mode" => options with { Mode = Value() is var m and ("load" or "memory") ? m : throw new ArgumentException("--mode is load or memory.") },
                "--conversations" => options with { Conversations = Int() },
                "--shoppers" => options with { Shoppers = Int() },
                "--redeliver" => options with { Redeliver = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--skip-floor" => options with { SkipFloor = true },
                "--bot-dll" => options with { BotDll = Path.GetFullPath(Value()) },
                "--floor-dll" => options with { FloorDll = Path.GetFullPath(Value()) },
                "--redis-server" => options with { RedisServer = Value() },
                "--seed" => options with { Seed = Int() },
                "--rounds" => options with { Rounds = Int() },
                "--profile" => options with { ProfileSeconds = Int() },
                "--profile-floor" => options with { ProfileFloor = true },
                "--transcripts" => options with { Transcripts = Int() },
                "--bot-env" => AddEnvironment(options, Value(), environment),
                "--runtime-env" => AddEnvironment(options, Value(), runtime),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options with { BotEnvironment = environment, RuntimeEnvironment = runtime };
    }

    public IEnumerable<string> Channels => Channel == "both" ? ["botframework", "telegram"] : [Channel];

    private static BenchOptions AddEnvironment(BenchOptions options, string pair, Dictionary<string, string> environment)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException("--bot-env and --runtime-env take KEY=VALUE.");
        }

        environment[pair[..equals]] = pair[(equals + 1)..];
        return options;
    }
}
