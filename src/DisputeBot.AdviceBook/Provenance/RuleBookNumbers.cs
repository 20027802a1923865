using YamlDotNet.RepresentationModel;

namespace DisputeBot.AdviceBook.Provenance;

/// <summary>Every number in a dialogs folder's rules.yaml, read from the file itself (not through the bot's loader).</summary>
public static class RuleBookNumbers
{
    /// <summary>The numbers of <paramref name="dialogsFolder"/>/rules.yaml.</summary>
    public static IReadOnlySet<int> Read(string dialogsFolder)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(dialogsFolder, "rules.yaml")))
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
