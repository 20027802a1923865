using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Support;

/// <summary>The real dialogs/ folder, loaded once for all tests.</summary>
public static class RealKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeLoader.Load(RepositoryPaths.Dialogs));

    public static KnowledgeBase Base => Loaded.Value;
}
