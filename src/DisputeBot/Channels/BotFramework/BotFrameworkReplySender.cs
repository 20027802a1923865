using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Files;
using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Turns;

namespace DisputeBot.Channels.BotFramework;

/// <summary>Posts a conversation's pending replies to the Bot Framework Connector from the outbox (after the turn
/// that saved them, or later by the next turn or the sweeper), rendered for its channel as the handler renders them.
/// Stops at the first activity the Connector does not take.</summary>
public sealed partial class BotFrameworkReplySender(
    IServiceProvider services,
    ReplyRenderers renderers,
    CalendarLinks calendarLinks,
    ILogger<BotFrameworkReplySender> logger) : IReplySender
{
    public const string SenderName = "botframework";

    public string Name => SenderName;

    public async Task<DeliveryReport> SendAsync(PendingReplies replies, CancellationToken cancellationToken)
    {
        var address = replies.Address;
        if (address?.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            // Nowhere to send (a turn saved without an address): nothing will ever change that.
            LogNoAddress(replies.Key.Channel);
            return DeliveryReport.AllSent;
        }

        // A typed HttpClient: resolved per send, as the endpoint does.
        var connector = services.GetRequiredService<ConnectorClient>();
        var renderer = renderers.For(address.ChannelId);
        var activities = BotFrameworkActivityHandler.Address(
            renderer.Render(replies.Replies),
            address.ChannelId,
            address.ConversationId,
            new ChannelAccount { Id = address.BotId },
            address.UserId is null ? null : new ChannelAccount { Id = address.UserId },
            replies.ReplyToId,
            replies.Locale);
        if (address.TenantId is { } tenant && activities.Count > 0)
        {
            // Teams wants the tenant on a message that answers no activity (a reminder); one conversation object is shared.
            activities[0].Conversation!.TenantId = tenant;
        }

        if (activities.Any(ReplyRenderer.HasInlineFile))
        {
            // A calendar file: a signed download link when the host has a public address (made at each send, so a
            // retry later gets a fresh expiry), else inline.
            string? link;
            try
            {
                link = await calendarLinks.CreateAsync(replies.Key, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreUnavailableException exception)
            {
                LogUndelivered(exception, replies.Key.Channel);
                return new DeliveryReport(false, replies.Delivered);
            }

            if (link is not null)
            {
                foreach (var activity in activities.Where(ReplyRenderer.HasInlineFile))
                {
                    renderer.LinkFiles(activity, link);
                }
            }
        }

        for (var i = replies.Delivered; i < activities.Count; i++)
        {
            try
            {
                if (!string.IsNullOrEmpty(replies.ReplyToId))
                {
                    await connector.ReplyToActivityAsync(serviceUrl, address.ConversationId, replies.ReplyToId, activities[i], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await connector.SendToConversationAsync(serviceUrl, address.ConversationId, activities[i], cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ConnectorException exception)
            {
                LogUndelivered(exception, replies.Key.Channel);
                return new DeliveryReport(false, i);
            }
        }

        return DeliveryReport.AllSent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Connector refused a reply on {Channel}; it stays in the outbox")]
    private partial void LogUndelivered(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replies on {Channel} have no serviceUrl to go to; dropped")]
    private partial void LogNoAddress(string channel);
}
