using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DisputeBot.AdviceBook;

/// <summary>Names a warning reply by its id in a dialogs folder's */warnings.yaml (any language), from the opening words
/// of its text, or of its wording for a situation (*/messages.yaml, warning.{id}.{situation}).</summary>
public sealed partial class WarningBook
{
    private readonly IReadOnlyList<(string Id, string Opening)> _openings;

    private WarningBook(IReadOnlyList<(string Id, string Opening)> openings) => _openings = openings;

    /// <summary>Reads the warnings of <paramref name="dialogsFolder"/>.</summary>
    public static WarningBook Read(string dialogsFolder) => new(Load(dialogsFolder));

    public IEnumerable<string> Ids => _openings.Select(o => o.Id).Distinct();

    /// <summary>The id whose text the warning starts with, or "unknown: …" for a warning the book does not hold.</summary>
    public string IdOf(string warningText)
    {
        ArgumentNullException.ThrowIfNull(warningText);
        var text = Normal(warningText);
        foreach (var (id, opening) in _openings)
        {
            if (text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return "unknown: " + warningText[..Math.Min(60, warningText.Length)];
    }

    private static List<(string Id, string Opening)> Load(string dialogsFolder)
    {
        var openings = new List<(string Id, string Opening)>();
        foreach (var file in Directory.GetFiles(dialogsFolder, "warnings.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Load(file, openings);
        }

        // A warning worded for where the order stands (messages.yaml: warning.{id}.{situation}) is that warning too.
        var ids = openings.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dialogsFolder, "messages.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            LoadSituations(file, ids, openings);
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
            openings.Add((id, Opening(text)));
        }
    }

    private static void LoadSituations(string file, HashSet<string> ids, List<(string Id, string Opening)> openings)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var dot = name.LastIndexOf('.');
            if (name.StartsWith("warning.", StringComparison.Ordinal) && dot > "warning.".Length
                && name["warning.".Length..dot] is var id && ids.Contains(id) && value is YamlScalarNode { Value: { } text })
            {
                openings.Add((id, Opening(Normal(text))));
            }
        }
    }

    private static string Opening(string text)
    {
        var placeholder = text.IndexOf('{', StringComparison.Ordinal);
        var opening = placeholder < 0 ? text : text[..placeholder];
        return opening[..Math.Min(50, opening.Length)];
    }

    private static string Normal(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
