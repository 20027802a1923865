namespace DisputeBot.Channels.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (getUpdates). One process per bot only.</summary>
    Polling,

    /// <summary>Telegram POSTs updates to /api/telegram. Needed for several instances.</summary>
    Webhook,
}
