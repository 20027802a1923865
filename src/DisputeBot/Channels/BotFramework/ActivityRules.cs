using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.BotFramework;

/// <summary>The fields an activity needs before the bot can answer it.</summary>
public static class ActivityRules
{
    /// <summary>Whether the bot runs a turn for this activity type (others are acknowledged and ignored).</summary>
    public static bool IsAnswered(string? type) =>
        type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke or ActivityTypes.Event;

    /// <returns>What is missing, in words for a 400 answer; null when the activity can be answered.</returns>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (!IsAnswered(activity.Type))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (activity.Type != ActivityTypes.ConversationUpdate && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no from.id.";
        }

        return null;
    }

    /// <summary>Whether the service URL can be called back (absolute http or https).</summary>
    public static bool IsCallableServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
