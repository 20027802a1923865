using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Turns;

/// <summary>Told of every turn whose state was saved (not of redeliveries, conflicts that were rerun, or failures).
/// Runs on the turn's path: an observer only notes what it needs and does its I/O later.</summary>
public interface ITurnObserver
{
    void TurnSaved(ConversationKey key, DialogResult result, DateTimeOffset now);
}
