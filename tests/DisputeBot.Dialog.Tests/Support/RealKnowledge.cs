using DisputeBot.AdviceBook.Provenance;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Support;

/// <summary>The real dialogs/ folder, loaded once for all tests.</summary>
public static class RealKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeLoader.Load(RepositoryPaths.Dialogs));

    private static readonly Lazy<KnowledgeBase> English = new(() =>
        new KnowledgeBase(Base.Rules, new Dictionary<string, LanguagePack> { [KnowledgeBase.FallbackLanguage] = Base.For(KnowledgeBase.FallbackLanguage) }));

    private static readonly Lazy<IReadOnlySet<int>> Numbers = new(() => RuleBookNumbers.Read(RepositoryPaths.Dialogs));

    public static KnowledgeBase Base => Loaded.Value;

    /// <summary>Every number in the real rules.yaml, read from the file itself (for the provenance check).</summary>
    public static IReadOnlySet<int> RuleNumbers => Numbers.Value;

    /// <summary>The real English content alone: a bot that reads no other language.</summary>
    public static KnowledgeBase EnglishOnly => English.Value;
}
