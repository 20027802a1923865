using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Channels.BotFramework.Connector;

/// <summary>Sends replies without an incoming turn (reminders), to the address stored with the conversation: rendered
/// for its channel and posted to its Connector, in order.</summary>
public sealed class ProactiveMessenger(ConnectorClient connector, ReplyRenderers renderers)
{
    /// <exception cref="ArgumentException">The address has no service URL (it was not stored by a Bot Framework turn).</exception>
    /// <exception cref="ConnectorException">The channel refused or could not be reached.</exception>
    public async Task SendAsync(ConversationAddress address, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!ActivityRules.IsCallableServiceUrl(address.ServiceUrl))
        {
            throw new ArgumentException($"The address of {address.ChannelId} conversation has no service URL to send to.", nameof(address));
        }

        foreach (var activity in renderers.For(address.ChannelId).Render(replies))
        {
            activity.ChannelId = address.ChannelId;
            activity.From = address.BotId is null ? null : new ChannelAccount { Id = address.BotId };
            activity.Recipient = address.UserId is null ? null : new ChannelAccount { Id = address.UserId };
            activity.Conversation = new ConversationAccount { Id = address.ConversationId, TenantId = address.TenantId };
            await connector.SendToConversationAsync(address.ServiceUrl!, address.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        }
    }
}
