using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>The bot's way into a conversation's log outside a turn (see <see cref="IDirectLineLog"/>).</summary>
internal sealed class DirectLineLog(DirectLineConversationStore store, IOptions<DirectLineOptions> options, TimeProvider time) : IDirectLineLog
{
    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (store.Find(conversationId) is not { } conversation)
        {
            return Task.FromResult<string?>(null);
        }

        var settings = options.Value;
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = DirectLineBot.ChannelId;
        activity.From = new ChannelAccount { Id = settings.BotId, Name = settings.BotName, Role = "bot" };
        activity.Recipient = new ChannelAccount { Id = conversation.UserId, Role = "user" };
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        return Task.FromResult<string?>(conversation.Append(activity, time.GetUtcNow()).Id);
    }
}
