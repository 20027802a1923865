using DisputeBot.Channels.Telegram.Api;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>Handles one update completely (turn, save, replies). Called one at a time per chat.</summary>
public interface ITelegramUpdateHandler
{
    Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken);
}
