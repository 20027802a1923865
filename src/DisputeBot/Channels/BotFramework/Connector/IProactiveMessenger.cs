using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>Sends replies without an incoming turn (reminders), to the address stored with the conversation.</summary>
public interface IProactiveMessenger
{
    /// <exception cref="ArgumentException">The address has no service URL (it was not stored by a Bot Framework turn).</exception>
    /// <exception cref="ConnectorException">The channel refused or could not be reached.</exception>
    Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);
}
