using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// Runs one inbound activity (already authenticated) through the turn pipeline and returns the reply activities,
/// rendered for the activity's channel. The self-hosted Direct Line's way in (it delivers the replies itself instead
/// of calling the Connector); <c>/api/messages</c>, which checks the activity itself to answer 400, calls
/// <see cref="BotFrameworkActivityHandler.RunAsync"/>.
/// </summary>
/// <remarks>
/// The activity needs <c>type</c>, <c>channelId</c>, <c>conversation.id</c> and, except for
/// <c>conversationUpdate</c>, <c>from.id</c>; it should name the bot in <c>recipient</c> (replies come <c>from</c> it).
/// <c>message</c>, <c>conversationUpdate</c> (a greeting for each of <c>membersAdded</c> who is not the recipient) and
/// <c>invoke</c> are answered; other types return no replies. The replies carry no <c>id</c> or <c>timestamp</c>: the
/// caller assigns them. Choice buttons for non-Teams channels are <c>messageBack</c> suggested actions whose
/// <c>value</c> is <c>{"choice": id, "prompt": n}</c>; pass that <c>value</c> through unchanged when the user presses one.
/// </remarks>
public interface IActivityHandler
{
    /// <exception cref="ArgumentException">The activity lacks a field it needs (see <see cref="ActivityRules.FindProblem"/>).</exception>
    Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
