using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram;

/// <summary>The command menu registered with setMyCommands. The dialog understands these commands in any language;
/// the menu's descriptions are in English (Telegram shows them as a hint only).</summary>
public static class TelegramCommands
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        Command("start", "Begin or continue your dispute check"),
        Command("help", "What I can do for you"),
        Command("restart", "Start over from the first question"),
        Command("deadlines", "Your dispute deadlines"),
        Command("evidence", "Your evidence checklist"),
        Command("summary", "Summary and a ready-to-paste description"),
        Command("forget", "Delete what I stored about this chat"),
        Command("human", "Talk to a person"),
    ];

    private static BotCommand Command(string name, string description) => new() { Command = name, Description = description };
}
