namespace DisputeBot.LoadTest.Channels;

/// <summary>What pressing an inline button sends: its callback data, from the message that carried the keyboard.</summary>
internal sealed record TelegramPress(string CallbackData, long MessageId);
