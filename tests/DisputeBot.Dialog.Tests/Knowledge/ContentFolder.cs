using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>The real dialogs/ folder of the repository, and temp copies of it for tests that break something.</summary>
internal static class ContentFolder
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Dialogs => Path.Combine(RepositoryRoot, "dialogs");

    public static string English => Path.Combine(Dialogs, "en");

    /// <summary>Every rule the code needs, with plausible numbers, and the ones only texts cite from the real
    /// rules.yaml: lets loader tests leave rules.yaml out of their copies.</summary>
    public static RuleBook Rules { get; } = new(
        RuleIds.Required.Select((id, i) => new DeadlineRule(id, 5 + i, "test source", "undated", Estimate: false))
            .Concat(RuleBookLoader.Load(Path.Combine(Dialogs, "rules.yaml")).All.Where(r => !RuleIds.Required.Contains(r.Id))));

    /// <summary>A minimal messages.yaml: one text per key the dialog uses.</summary>
    public static string MessagesYaml =>
        string.Join('\n', MessageKeys.All.Select(key => key == "calendar.file_name" ? $"{key}: deadlines.ics" : $"{key}: Text for {key}.")) + "\n";

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisputeBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No DisputeBot.sln above {AppContext.BaseDirectory}.");
    }
}
