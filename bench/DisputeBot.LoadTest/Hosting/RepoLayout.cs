namespace DisputeBot.LoadTest.Hosting;

/// <summary>Where the built servers are: found from the harness's own output folder, so any working directory works.</summary>
internal static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug, whichever the harness itself was built as (its project builds both servers).</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string BotDll => Path.Combine(Root, "src", "DisputeBot", "bin", Configuration, "net10.0", "DisputeBot.dll");

    public static string FloorDll => Path.Combine(Root, "bench", "DisputeBot.Floor", "bin", Configuration, "net10.0", "DisputeBot.Floor.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DisputeBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DisputeBot.sln not found above " + AppContext.BaseDirectory + "; pass --bot-dll and --floor-dll.");
    }
}
