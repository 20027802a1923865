using DisputeBot.Dialog.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>One message to send: HTML text (at most 4096 characters) and, for a question, its buttons; or a document
/// (sendDocument) with the text as its caption (at most 1024 characters, empty for none).</summary>
public sealed record TelegramOutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard = null, FileReply? Document = null);
