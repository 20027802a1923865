using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.BotFramework;

/// <summary>
/// Runs one inbound activity (already authenticated) through the turn pipeline and returns the reply activities,
/// rendered for the activity's channel. Used by <c>/api/messages</c> and by the self-hosted Direct Line, which
/// delivers the replies itself instead of calling the Connector.
/// </summary>
public interface IActivityHandler
{
    Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
