using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Adds a bot activity to a self-hosted Direct Line conversation's log from outside a turn (a reminder, a calendar
/// file): the page shows it on its open stream, or from its watermark when the buyer comes back. Any instance may call
/// it; the conversation is the Direct Line conversation id (the <c>ConversationId</c> of its
/// <c>ConversationKey("directline", …)</c>).
/// </summary>
public interface IDirectLineLog
{
    /// <summary>Appends <paramref name="activity"/> as said by the bot to the user of the conversation: the log gives
    /// it its id and timestamp, and sets <c>from</c>, <c>recipient</c>, <c>conversation</c> and <c>channelId</c>
    /// (a missing <c>type</c> becomes <c>message</c>).</summary>
    /// <returns>The id the log gave it, or null when the conversation is gone (never opened, expired or forgotten).</returns>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);
}
