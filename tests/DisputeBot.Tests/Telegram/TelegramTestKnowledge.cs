using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Tests.Telegram;

/// <summary>A minimal knowledge base in English and Russian (a greeting and the command menu), so the host starts
/// without dialogs/ while the channel is tested with a scripted dialog.</summary>
public static class TelegramTestKnowledge
{
    public static KnowledgeBase Create()
    {
        IReadOnlyList<string> none = [];
        var vocabulary = new Vocabulary(none, none, none, none, none, none, none, none, none, none, none, none, [], none, none, none);
        var english = new LanguagePack("en", Messages("Hello", "Help"), [], [], [], vocabulary);
        var russian = new LanguagePack("ru", Messages("Привет", "Помощь"), [], [], [], vocabulary);
        return new KnowledgeBase(new RuleBook([]), new Dictionary<string, LanguagePack> { ["en"] = english, ["ru"] = russian });
    }

    private static Messages Messages(string greeting, string command)
    {
        var texts = new Dictionary<string, string> { ["greeting"] = greeting };
        foreach (var name in DisputeBot.Channels.Telegram.TelegramCommands.Names)
        {
            texts["command." + name] = command + " " + name;
        }

        return new Messages(texts);
    }
}
