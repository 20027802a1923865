using System.Text.Json;
using DisputeBot.Tests.DirectLine;

namespace DisputeBot.Tests.Browser;

/// <summary>The web chat page's own words (src/DisputeBot/wwwroot/js/page-strings.js), per language and key, read
/// from the file as the page reads it: the object literal assigned in it is plain JSON.</summary>
public static class PageStrings
{
    public static string FilePath { get; } = Path.Combine(DirectLineJsPeer.RepositoryRoot(), "src", "DisputeBot", "wwwroot", "js", "page-strings.js");

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> All = new(Load);

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Languages => All.Value;

    /// <summary>The page's word for <paramref name="key"/> in <paramref name="language"/> ("ru", "pt-BR").</summary>
    public static string Get(string language, string key) => All.Value[language][key];

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        var script = File.ReadAllText(FilePath);
        var start = script.IndexOf('{', script.IndexOf("window.disputeBotPageStrings =", StringComparison.Ordinal));
        var end = script.LastIndexOf('}');
        var languages = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(script[start..(end + 1)])!;
        return languages.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value, StringComparer.Ordinal);
    }
}
