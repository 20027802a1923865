namespace DisputeBot.Dialog.Tests.Deadlines;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string RulesYaml => Path.Combine(Root, "dialogs", "rules.yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DisputeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DisputeBot.sln above {AppContext.BaseDirectory}.");
    }
}
