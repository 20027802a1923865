using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Tests.Telegram;

/// <summary>A minimal knowledge base, so the host starts without dialogs/ while the channel is tested with a
/// scripted dialog.</summary>
public static class TelegramTestKnowledge
{
    public static KnowledgeBase Create()
    {
        IReadOnlyList<string> none = [];
        var vocabulary = new Vocabulary(none, none, none, none, none, none, none, none, none, none, none, none, [], none, none, none);
        var english = new LanguagePack("en", new Messages(new Dictionary<string, string> { ["greeting"] = "Hello" }), [], [], [], vocabulary);
        return new KnowledgeBase(new RuleBook([]), new Dictionary<string, LanguagePack> { ["en"] = english });
    }
}
