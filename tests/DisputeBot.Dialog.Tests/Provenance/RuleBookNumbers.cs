using DisputeBot.Dialog.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DisputeBot.Dialog.Tests.Provenance;

/// <summary>Every number in dialogs/rules.yaml, read from the file itself (not through the bot's loader).</summary>
public static class RuleBookNumbers
{
    private static readonly Lazy<IReadOnlySet<int>> Loaded = new(Load);

    public static IReadOnlySet<int> All => Loaded.Value;

    private static IReadOnlySet<int> Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Dialogs, "rules.yaml")))
        {
            yaml.Load(reader);
        }

        var numbers = new HashSet<int>();
        Collect(yaml.Documents[0].RootNode, numbers);
        return numbers;
    }

    private static void Collect(YamlNode node, HashSet<int> numbers)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } when int.TryParse(value, out var number):
                numbers.Add(number);
                break;
            case YamlMappingNode map:
                foreach (var child in map.Children.Values)
                {
                    Collect(child, numbers);
                }

                break;
            case YamlSequenceNode list:
                foreach (var child in list.Children)
                {
                    Collect(child, numbers);
                }

                break;
        }
    }
}
