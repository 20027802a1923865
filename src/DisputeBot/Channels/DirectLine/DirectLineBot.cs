using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Where Direct Line meets the bot: echoes the user's activity into the conversation's log, runs it through
/// <see cref="IActivityHandler"/> and appends the replies, one post at a time per conversation on this instance.
/// </summary>
internal sealed partial class DirectLineBot(
    IServiceScopeFactory scopes,
    DirectLineConversationStore store,
    DirectLinePostGates gates,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineBot> logger)
{
    public const string ChannelId = "directline";

    private readonly DirectLineOptions _options = options.Value;

    /// <summary>Starts the conversation once: the bot hears a <c>conversationUpdate</c> adding the user and greets them
    /// before they type anything. Later calls (on any instance) do nothing.</summary>
    public async Task<DirectLineOutcome> StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (conversation.Started)
        {
            return DirectLineOutcome.Accepted(string.Empty);
        }

        using (await gates.EnterAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            if (!await store.TryStartAsync(conversation, cancellationToken).ConfigureAwait(false))
            {
                return DirectLineOutcome.Accepted(string.Empty);
            }

            var update = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = conversation.Id + "|start",
                Timestamp = time.GetUtcNow(),
                MembersAdded = [new ChannelAccount { Id = conversation.UserId, Role = "user" }],
                Locale = locale,
            };
            Address(update, conversation, serviceUrl, User(conversation.UserId, null));
            return await RunAsync(conversation, update, string.Empty).ConfigureAwait(false);
        }
    }

    /// <summary>Posts a user's activity: echoed (keeping <c>channelData.clientActivityID</c>), handled, answered.</summary>
    /// <param name="userId">The user the caller may speak as: the token's user, or for the secret whoever it names.</param>
    public async Task<DirectLineOutcome> PostAsync(DirectLineConversation conversation, Activity activity, string userId, string serviceUrl, CancellationToken cancellationToken)
    {
        if (string.Equals(activity.Type, ActivityTypes.Typing, StringComparison.Ordinal))
        {
            // Typing from the user is not kept and not worth a turn.
            return DirectLineOutcome.Accepted(string.Empty);
        }

        using (await gates.EnterAsync(conversation.Id, cancellationToken).ConfigureAwait(false))
        {
            if (DirectLineActivities.ClientActivityId(activity) is { } clientActivityId
                && await store.FindByClientActivityIdAsync(conversation.Id, userId, clientActivityId, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                LogRetriedPost(conversation.Id);
                return DirectLineOutcome.Accepted(earlier);
            }

            Address(activity, conversation, serviceUrl, User(userId, activity.From?.Name));
            if (!await store.AppendAsync(conversation.Id, [activity], cancellationToken).ConfigureAwait(false))
            {
                return DirectLineOutcome.Gone();
            }

            return await RunAsync(conversation, DirectLineActivities.Clone(activity), activity.Id!).ConfigureAwait(false);
        }
    }

    private async Task<DirectLineOutcome> RunAsync(DirectLineConversation conversation, Activity incoming, string echoedId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetService<IActivityHandler>();
        if (handler is null)
        {
            LogNoHandler();
            return DirectLineOutcome.NoBot(echoedId);
        }

        IReadOnlyList<Activity> replies;
        try
        {
            // Once the user's activity is in the log the turn runs to its end even if the client goes away; only
            // shutting down stops it.
            replies = await handler.HandleAsync(incoming, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogBotFailed(exception, conversation.Id);
            return DirectLineOutcome.BotFailed(echoedId);
        }

        var user = incoming.From ?? User(conversation.UserId, null);
        foreach (var reply in replies)
        {
            reply.Type ??= ActivityTypes.Message;
            reply.From = Bot();
            reply.Recipient = user;
            reply.Conversation = new ConversationAccount { Id = conversation.Id };
            reply.ChannelId = ChannelId;
            reply.ReplyToId ??= echoedId.Length > 0 ? echoedId : null;
        }

        await store.AppendAsync(conversation.Id, replies, lifetime.ApplicationStopping).ConfigureAwait(false);
        return DirectLineOutcome.Accepted(echoedId);
    }

    private void Address(Activity activity, DirectLineConversation conversation, string serviceUrl, ChannelAccount user)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.From = user;
        activity.Recipient = Bot();
    }

    private ChannelAccount Bot() => new() { Id = _options.BotId, Name = _options.BotName, Role = "bot" };

    private static ChannelAccount User(string id, string? name) => new() { Id = id, Name = name, Role = "user" };

    [LoggerMessage(Level = LogLevel.Information, Message = "A retried Direct Line post in {ConversationId} got its earlier id")]
    private partial void LogRetriedPost(string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "No IActivityHandler is registered: Direct Line cannot reach the bot")]
    private partial void LogNoHandler();

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed on a Direct Line activity in {ConversationId}")]
    private partial void LogBotFailed(Exception exception, string conversationId);
}
