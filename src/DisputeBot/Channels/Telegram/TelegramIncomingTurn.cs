using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Channels.Telegram;

/// <summary>An update translated for the turn pipeline: the chat it belongs to and the channel-neutral turn.</summary>
public sealed record TelegramIncomingTurn(long ChatId, Turn Turn);
