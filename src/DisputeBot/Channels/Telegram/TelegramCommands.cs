using DisputeBot.Channels.Telegram.Api;

namespace DisputeBot.Channels.Telegram;

/// <summary>The command menu registered with setMyCommands. The dialog understands these commands in any language;
/// the menu's descriptions are in English (Telegram shows them as a hint only).</summary>
public static class TelegramCommands
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new("start", "Begin or continue your dispute check"),
        new("help", "What I can do for you"),
        new("restart", "Start over from the first question"),
        new("deadlines", "Your dispute deadlines"),
        new("evidence", "Your evidence checklist"),
        new("summary", "Summary and a ready-to-paste description"),
        new("forget", "Delete what I stored about this chat"),
    ];
}
