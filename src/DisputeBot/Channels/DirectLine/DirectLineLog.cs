using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>The bot's way into a conversation's log outside a turn (see <see cref="IDirectLineLog"/>).</summary>
internal sealed class DirectLineLog(DirectLineConversationStore store, IOptions<DirectLineOptions> options) : IDirectLineLog
{
    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } conversation)
        {
            return null;
        }

        var settings = options.Value;
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = DirectLineBot.ChannelId;
        activity.From = new ChannelAccount { Id = settings.BotId, Name = settings.BotName, Role = "bot" };
        activity.Recipient = new ChannelAccount { Id = conversation.UserId, Role = "user" };
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        return await store.AppendAsync(conversation.Id, [activity], cancellationToken).ConfigureAwait(false) ? activity.Id : null;
    }
}
