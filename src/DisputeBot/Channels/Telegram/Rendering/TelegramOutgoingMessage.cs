using Telegram.Bot.Types.ReplyMarkups;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>One message to send: HTML text (at most 4096 characters) and, for a question, its buttons.</summary>
public sealed record TelegramOutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard = null);
