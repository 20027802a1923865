using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DisputeBot.AdviceBook;

/// <summary>Reads the advice book of a dialogs/ folder: every <c>advice-book/*.yaml</c>, each case with its file and
/// line, a file's <c>locale:</c> given to its cases.</summary>
public static class AdviceBookReader
{
    public const string FolderName = "advice-book";

    public static string FolderOf(string dialogsFolder) => Path.Combine(dialogsFolder, FolderName);

    /// <returns>The cases, file by file in name order; none when the folder has no advice book.</returns>
    /// <exception cref="AdviceBookException">A file is not valid YAML, has an unknown key, or a case has no id or one
    /// used before.</exception>
    public static IReadOnlyList<AdviceCase> Read(string dialogsFolder)
    {
        var folder = FolderOf(dialogsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var cases = new List<AdviceCase>();
        var ids = new Dictionary<string, AdviceCase>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            AdviceBookDocument file;
            IReadOnlyList<int> lines;
            try
            {
                file = reader.Deserialize<AdviceBookDocument?>(text) ?? new AdviceBookDocument();
                lines = CaseLines(text);
            }
            catch (YamlException exception)
            {
                throw new AdviceBookException(name, (int)exception.Start.Line, (exception.InnerException ?? exception).Message);
            }

            for (var i = 0; i < file.Cases.Count; i++)
            {
                var item = file.Cases[i];
                item.File = name;
                item.Line = i < lines.Count ? lines[i] : 1;
                item.Locale ??= file.Locale;
                if (string.IsNullOrWhiteSpace(item.Id))
                {
                    throw new AdviceBookException(name, item.Line, "a case without an id");
                }

                if (!ids.TryAdd(item.Id, item))
                {
                    var first = ids[item.Id];
                    throw new AdviceBookException(name, item.Line, $"case id '{item.Id}' is used before, at {first.File}:{first.Line}");
                }

                cases.Add(item);
            }
        }

        return cases;
    }

    /// <summary>The line each item of the file's <c>cases:</c> list starts on.</summary>
    private static List<int> CaseLines(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        if (yaml.Documents.Count == 0
            || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("cases"), out var list)
            || list is not YamlSequenceNode items)
        {
            return [];
        }

        return [.. items.Children.Select(c => (int)c.Start.Line)];
    }

    private sealed class AdviceBookDocument
    {
        public string? Locale { get; set; }

        public List<AdviceCase> Cases { get; set; } = [];
    }
}
