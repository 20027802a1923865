using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.BotFramework;

/// <summary>What running one activity produced.</summary>
/// <param name="Handled">False when the bot has nothing to do with this activity (an unknown invoke: 501).</param>
/// <param name="Replies">The reply activities, rendered and addressed, in order.</param>
public sealed record ActivityTurnResult(bool Handled, IReadOnlyList<Activity> Replies)
{
    public static ActivityTurnResult Ignored { get; } = new(true, []);

    public static ActivityTurnResult NotHandled { get; } = new(false, []);
}
