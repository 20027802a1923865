using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Handoff;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// Runs an authenticated activity through the turn pipeline and renders the replies for its channel:
/// <c>message</c> (text, a pressed choice, files), <c>conversationUpdate</c> (a greeting turn for each added member who
/// is not the bot), <c>invoke</c> (Adaptive Card actions), <c>event</c> (a contact centre's <c>handoff.status</c>);
/// other types are ignored. The conversation's address is
/// stored with its state for proactive messages. Shared by <c>/api/messages</c> and the self-hosted Direct Line.
/// </summary>
public sealed partial class BotFrameworkActivityHandler(
    TurnPipeline pipeline,
    ReplyDispatcher replies,
    ReplyRenderers renderers,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotFrameworkActivityHandler> logger,
    HandoffWebhook? webhook = null) : IActivityHandler
{
    /// <summary>The bot's id when an activity does not name its recipient.</summary>
    private const string FallbackBotId = "disputebot";

    /// <summary>Direct Line's entry: checks the activity, runs it, and returns the replies.</summary>
    /// <exception cref="ArgumentException">The activity lacks a field it needs (see <see cref="ActivityRules"/>).</exception>
    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ActivityRules.FindProblem(activity) is { } problem)
        {
            throw new ArgumentException(problem, nameof(activity));
        }

        return (await RunAsync(activity, throughOutbox: false, cancellationToken).ConfigureAwait(false)).Replies;
    }

    /// <param name="activity">An activity <see cref="ActivityRules.FindProblem"/> found nothing wrong with (the
    /// caller checked it, to answer its own way).</param>
    /// <param name="throughOutbox">Save the replies with the state and post them to the Connector from the outbox
    /// (<see cref="BotFrameworkReplySender"/>); the result then holds none. Otherwise they are returned to the caller
    /// (expectReplies, Direct Line).</param>
    public async Task<ActivityTurnResult> RunAsync(Activity activity, bool throughOutbox, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return ActivityInputReader.ReadMessage(activity) is { } input
                    ? new ActivityTurnResult(true, await RunTurnAsync(activity, activity.From!.Id!, ActivityInputReader.UpdateId(activity), input, throughOutbox, cancellationToken).ConfigureAwait(false))
                    : ActivityTurnResult.Ignored;

            case ActivityTypes.Invoke:
                return ActivityInputReader.ReadInvoke(activity) is { } invoked
                    ? new ActivityTurnResult(true, await RunTurnAsync(activity, activity.From!.Id!, ActivityInputReader.UpdateId(activity), invoked, throughOutbox, cancellationToken).ConfigureAwait(false))
                    : ActivityTurnResult.NotHandled;

            case ActivityTypes.Event:
                return ActivityInputReader.ReadEvent(activity) is { } ended
                    ? new ActivityTurnResult(true, await RunTurnAsync(activity, activity.From!.Id!, ActivityInputReader.UpdateId(activity), ended, throughOutbox, cancellationToken).ConfigureAwait(false))
                    : ActivityTurnResult.Ignored;

            case ActivityTypes.ConversationUpdate:
                return new ActivityTurnResult(true, await GreetAddedMembersAsync(activity, throughOutbox, cancellationToken).ConfigureAwait(false));

            default:
                LogIgnored(activity.Type ?? string.Empty, activity.ChannelId ?? string.Empty);
                return ActivityTurnResult.Ignored;
        }
    }

    private async Task<IReadOnlyList<Activity>> GreetAddedMembersAsync(Activity activity, bool throughOutbox, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var replies = new List<Activity>();
        var greeted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in activity.MembersAdded ?? [])
        {
            if (member is null || string.IsNullOrEmpty(member.Id) || member.Id == botId || !greeted.Add(member.Id))
            {
                continue;
            }

            // One turn per member, each with its own update id, so a redelivered activity greets nobody twice.
            var updateId = $"{ActivityInputReader.UpdateId(activity)}/{member.Id}";
            replies.AddRange(await RunTurnAsync(activity, member.Id, updateId, new ConversationStartedInput(), throughOutbox, cancellationToken, member).ConfigureAwait(false));
        }

        return replies;
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, string userId, string updateId, TurnInput input, bool throughOutbox, CancellationToken cancellationToken, ChannelAccount? user = null)
    {
        var channelId = activity.ChannelId!;
        var conversationId = activity.Conversation!.Id!;
        var key = new ConversationKey(channelId, conversationId);
        // The stored address is where reminders go later. Only an activity that names a service URL replaces it
        // (an expectReplies activity may name none and must not erase it). /api/messages authenticated the URL (a
        // channel token's serviceurl claim) and the self-hosted Direct Line sets its own, so no activity can point
        // proactive messages anywhere else.
        var address = ActivityRules.IsCallableServiceUrl(activity.ServiceUrl)
            ? new ConversationAddress(channelId, conversationId, activity.ServiceUrl, activity.Recipient?.Id, userId, ActivityInputReader.TenantId(activity))
            : null;
        var turn = new Turn(updateId, userId, activity.Locale, input, activity.LocalTimestamp?.Offset, options.Value.Handoff ? HandoffMode.Live : webhook?.Mode ?? HandoffMode.None, activity.LocalTimezone);

        var bot = activity.Recipient ?? new ChannelAccount { Id = options.Value.MicrosoftAppId ?? FallbackBotId, Role = "bot" };
        var to = user ?? activity.From;
        if (throughOutbox)
        {
            var route = new ReplyRoute(BotFrameworkReplySender.SenderName, activity.Id, activity.Locale);
            var saved = await pipeline.RunAsync(key, turn, address, route, cancellationToken).ConfigureAwait(false);
            LogTurn(channelId, input.GetType().Name, saved.Outcome, saved.Replies.Count);
            await replies.DeliverAsync(key, saved, route, address, cancellationToken).ConfigureAwait(false);
            return [];
        }

        var result = await pipeline.RunAsync(key, turn, address, cancellationToken).ConfigureAwait(false);
        LogTurn(channelId, input.GetType().Name, result.Outcome, result.Replies.Count);

        // One set of addresses for all of a turn's replies: they are only written out, never changed per reply.
        return Address(
            renderers.For(channelId).Render(result.Replies),
            channelId,
            conversationId,
            new ChannelAccount { Id = bot.Id, Name = bot.Name },
            to is null ? null : new ChannelAccount { Id = to.Id, Name = to.Name },
            activity.Id,
            activity.Locale);
    }

    /// <summary>Addresses rendered replies: from the bot to the user, in the conversation, in reply to an activity.</summary>
    internal static IReadOnlyList<Activity> Address(IReadOnlyList<Activity> rendered, string channelId, string conversationId, ChannelAccount from, ChannelAccount? recipient, string? replyToId, string? locale)
    {
        var conversation = new ConversationAccount { Id = conversationId };
        foreach (var reply in rendered)
        {
            reply.ChannelId = channelId;
            reply.From = from;
            reply.Recipient = recipient;
            reply.Conversation = conversation;
            reply.ReplyToId = replyToId;
            reply.Locale = locale;
        }

        return rendered;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a {Type} activity on {Channel}")]
    private partial void LogIgnored(string type, string channel);

    // Debug: a line for every turn would flood the log of a busy bot.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn on {Channel}: {Input} → {Outcome}, {Replies} replies")]
    private partial void LogTurn(string channel, string input, TurnOutcome outcome, int replies);
}
