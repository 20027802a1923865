using System.Text.RegularExpressions;
using DisputeBot.Dialog.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>Names a warning reply by its id in dialogs/*/warnings.yaml (any language), from the opening words of its text.</summary>
public static partial class WarningBook
{
    private static readonly Lazy<IReadOnlyList<(string Id, string Opening)>> Openings = new(Load);

    public static IEnumerable<string> Ids => Openings.Value.Select(o => o.Id).Distinct();

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

    private static List<(string Id, string Opening)> Load()
    {
        var openings = new List<(string Id, string Opening)>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Dialogs, "warnings.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Load(file, openings);
        }

        return openings;
    }

    private static void Load(string file, List<(string Id, string Opening)> openings)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        foreach (YamlMappingNode warning in ((YamlSequenceNode)root.Children[new YamlScalarNode("warnings")]).Children.Cast<YamlMappingNode>())
        {
            var id = ((YamlScalarNode)warning.Children[new YamlScalarNode("id")]).Value!;
            var text = Normal(((YamlScalarNode)warning.Children[new YamlScalarNode("text")]).Value!);
            var placeholder = text.IndexOf('{', StringComparison.Ordinal);
            var opening = placeholder < 0 ? text : text[..placeholder];
            openings.Add((id, opening[..Math.Min(50, opening.Length)]));
        }
    }

    private static string Normal(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
