namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>What the dispatcher did with an incoming update.</summary>
public enum TelegramDispatchOutcome
{
    /// <summary>Queued behind the chat's earlier updates.</summary>
    Accepted,

    /// <summary>Seen moments ago: dropped.</summary>
    Duplicate,

    /// <summary>Too many updates waiting in all: refused, so that Telegram delivers it again later.</summary>
    Busy,

    /// <summary>Too many updates of this chat waiting: refused, while other chats are still accepted.</summary>
    Throttled,

    /// <summary>The bot is shutting down: refused, so that Telegram delivers it again (to this or another instance).</summary>
    ShuttingDown,
}
