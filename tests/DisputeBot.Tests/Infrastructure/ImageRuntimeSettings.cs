using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DisputeBot.Tests.Infrastructure;

/// <summary>
/// The runtime settings of the bot's container image (the <c>ENV DOTNET_*</c> lines of infra/Dockerfile). The tests
/// that run the built bot as a process give it these, so the configuration that ships is the one the peers talk to.
/// </summary>
internal static partial class ImageRuntimeSettings
{
    public static IReadOnlyDictionary<string, string> All { get; } = Read();

    public static void ApplyTo(ProcessStartInfo start)
    {
        foreach (var (key, value) in All)
        {
            start.Environment[key] = value;
        }
    }

    private static Dictionary<string, string> Read()
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "infra", "Dockerfile")))
        {
            if (SettingLine().Match(line) is { Success: true } match)
            {
                settings[match.Groups["key"].Value] = match.Groups["value"].Value;
            }
        }

        return settings;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DisputeBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DisputeBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^ENV (?<key>DOTNET_[A-Za-z0-9_]+)=(?<value>\S+)\s*$")]
    private static partial Regex SettingLine();
}
