namespace DisputeBot.Dialog.Tests.Support;

/// <summary>Finds the checkout's root (the folder holding DisputeBot.sln) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DisputeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DisputeBot.sln not found above " + AppContext.BaseDirectory);
    }
}
