using Telegram.Bot.Types;

namespace DisputeBot.Channels.Telegram.Receiving;

/// <summary>Handles one update completely (turn, save, replies). Called one at a time per chat.</summary>
public interface ITelegramUpdateHandler
{
    /// <param name="callbackAnswered">The webhook's answer already carried answerCallbackQuery for this update's
    /// button press, so no separate call is needed.</param>
    Task HandleAsync(Update update, bool callbackAnswered, CancellationToken cancellationToken);
}
