using System.Text.RegularExpressions;
using DisputeBot.Dialog.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>Names a warning reply by its id in dialogs/en/warnings.yaml, from the opening words of its text.</summary>
public static partial class WarningBook
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Openings = new(Load);

    public static IEnumerable<string> Ids => Openings.Value.Keys;

    /// <summary>The id whose text the warning starts with, or "unknown: …" for a warning the book does not hold.</summary>
    public static string IdOf(string warningText)
    {
        var text = Normal(warningText);
        foreach (var (id, opening) in Openings.Value)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return "unknown: " + warningText[..Math.Min(60, warningText.Length)];
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Dialogs, "en", "warnings.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var openings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (YamlMappingNode warning in ((YamlSequenceNode)root.Children[new YamlScalarNode("warnings")]).Children.Cast<YamlMappingNode>())
        {
            var id = ((YamlScalarNode)warning.Children[new YamlScalarNode("id")]).Value!;
            var text = Normal(((YamlScalarNode)warning.Children[new YamlScalarNode("text")]).Value!);
            var placeholder = text.IndexOf('{', StringComparison.Ordinal);
            var opening = placeholder < 0 ? text : text[..placeholder];
            openings[id] = opening[..Math.Min(50, opening.Length)];
        }

        return openings;
    }

    private static string Normal(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
