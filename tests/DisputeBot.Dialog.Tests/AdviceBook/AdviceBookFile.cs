using DisputeBot.AdviceBook;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.AdviceBook;

/// <summary>The real advice book (dialogs/advice-book/*.yaml) and its judge on the real dialogs/ folder, read once.</summary>
public static class AdviceBookFile
{
    private static readonly Lazy<IReadOnlyDictionary<string, AdviceCase>> Loaded =
        new(() => AdviceBookReader.Read(RepositoryPaths.Dialogs).ToDictionary(c => c.Id, StringComparer.Ordinal));

    private static readonly Lazy<AdviceBookJudge> RealJudge = new(() => new AdviceBookJudge(RepositoryPaths.Dialogs, RealKnowledge.Base));

    public static string Folder => AdviceBookReader.FolderOf(RepositoryPaths.Dialogs);

    public static IReadOnlyDictionary<string, AdviceCase> Cases => Loaded.Value;

    public static AdviceBookJudge Judge => RealJudge.Value;

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
}
