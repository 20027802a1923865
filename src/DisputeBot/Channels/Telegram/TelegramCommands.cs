using DisputeBot.Dialog.Knowledge;
using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram;

/// <summary>The command menu registered with setMyCommands: one per language, its descriptions from that language's
/// messages (<c>command.*</c>). The dialog understands the commands whatever the language.</summary>
public static class TelegramCommands
{
    public static IReadOnlyList<string> Names { get; } = ["start", "help", "restart", "deadlines", "evidence", "summary", "reminders", "calendar", "language", "forget", "human"];

    public static IReadOnlyList<BotCommand> For(Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Names.Select(name => new BotCommand { Command = name, Description = messages["command." + name] }).ToArray();
    }

    /// <summary>Telegram's language_code for a pack: the language alone ("pt" for "pt-BR"), as Telegram reports users'.</summary>
    public static string LanguageCode(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? language[..dash] : language;
    }
}
