using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Turns;

namespace DisputeBot.Channels.DirectLine;

/// <summary>Writes a self-hosted Direct Line conversation's pending replies into its log from the outbox, for replies
/// made outside the buyer's own post (a person's answer after a handoff): the page reads them on its stream.</summary>
public sealed class DirectLineReplySender(IDirectLineLog log, ReplyRenderers renderers) : IReplySender
{
    public const string SenderName = "directline";

    public string Name => SenderName;

    public async Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        var activities = renderers.For(DirectLineBot.ChannelId).Render(replies.Replies);
        for (var i = replies.Delivered; i < activities.Count; i++)
        {
            activities[i].Locale = replies.Locale;

            // A conversation gone (expired, forgotten) will never take it: counted as delivered.
            if (await log.AppendAsync(replies.Key.ConversationId, activities[i], cancellationToken).ConfigureAwait(false) is null)
            {
                return DeliveryReport.AllSent;
            }
        }

        return DeliveryReport.AllSent;
    }
}
