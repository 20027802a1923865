using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Support;

/// <summary>The real dialogs/ folder, loaded once for all tests.</summary>
public static class RealKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeLoader.Load(RepositoryPaths.Dialogs));

    private static readonly Lazy<KnowledgeBase> English = new(() =>
        new KnowledgeBase(Base.Rules, new Dictionary<string, LanguagePack> { [KnowledgeBase.FallbackLanguage] = Base.For(KnowledgeBase.FallbackLanguage) }));

    public static KnowledgeBase Base => Loaded.Value;

    /// <summary>The real English content alone: a bot that reads no other language.</summary>
    public static KnowledgeBase EnglishOnly => English.Value;
}
