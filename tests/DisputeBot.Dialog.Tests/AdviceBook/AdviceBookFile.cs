using DisputeBot.Dialog.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>Reads every AdviceBook/*.yaml from the source tree (no copy to the output folder needed).</summary>
public static class AdviceBookFile
{
    private static readonly Lazy<IReadOnlyDictionary<string, AdviceCase>> Loaded = new(Load);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "DisputeBot.Dialog.Tests", "AdviceBook");

    public static IReadOnlyDictionary<string, AdviceCase> Cases => Loaded.Value;

    /// <summary>Case ids for a [Theory]: one test per case, named by its id.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static IReadOnlyDictionary<string, AdviceCase> Load()
    {
        var reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var cases = new Dictionary<string, AdviceCase>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = reader.Deserialize<AdviceBookDocument>(File.ReadAllText(path));
            foreach (var item in file.Cases)
            {
                item.File = Path.GetFileName(path);
                item.Locale ??= file.Locale;
                if (!cases.TryAdd(item.Id, item))
                {
                    throw new InvalidOperationException($"Advice-book case id '{item.Id}' appears twice ({item.File}).");
                }
            }
        }

        return cases;
    }

    private sealed class AdviceBookDocument
    {
        public string? Locale { get; set; }

        public List<AdviceCase> Cases { get; set; } = [];
    }
}
