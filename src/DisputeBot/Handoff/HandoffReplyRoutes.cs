using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.DirectLine;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;

namespace DisputeBot.Handoff;

/// <summary>Which reply sender reaches a conversation of a channel from outside a turn of the buyer's: the one its
/// own turns use.</summary>
public static class HandoffReplyRoutes
{
    /// <returns>The sender's name, or null for a channel nobody can reach later (the terminal chat).</returns>
    public static string? SenderFor(string channel) => channel switch
    {
        TelegramUpdateHandler.Channel => TelegramReplySender.SenderName,
        DirectLineBot.ChannelId => DirectLineReplySender.SenderName,
        "terminal" => null,
        _ => BotFrameworkReplySender.SenderName,
    };
}
