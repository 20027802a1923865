using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding;

namespace DisputeBot.Dialog.Tests.Knowledge;

/// <summary>The real dialogs/ folder (rules.yaml and en/), loaded once as the bot loads it, and its text understanding.</summary>
internal static class EnglishPack
{
    private static readonly Lazy<KnowledgeBase> LoadedKnowledge = new(() => KnowledgeLoader.Load(ContentFolder.Dialogs));

    private static readonly Lazy<TextUnderstanding> LoadedUnderstanding = new(() => new TextUnderstanding(Pack));

    public static KnowledgeBase Knowledge => LoadedKnowledge.Value;

    public static LanguagePack Pack => Knowledge.For("en");

    public static TextUnderstanding Understanding => LoadedUnderstanding.Value;
}
