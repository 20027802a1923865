using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>The real English content (dialogs/en), loaded once for all tests, and its text understanding.</summary>
internal static class EnglishPack
{
    private static readonly Lazy<KnowledgeBase> LoadedKnowledge = new(() =>
    {
        using var dialogs = new TempDialogs();
        return KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules);
    });

    private static readonly Lazy<TextUnderstanding> LoadedUnderstanding = new(() => new TextUnderstanding(Pack));

    public static KnowledgeBase Knowledge => LoadedKnowledge.Value;

    public static LanguagePack Pack => Knowledge.For("en");

    public static TextUnderstanding Understanding => LoadedUnderstanding.Value;
}
