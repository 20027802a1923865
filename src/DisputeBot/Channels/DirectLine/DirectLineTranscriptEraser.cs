using DisputeBot.Turns;

namespace DisputeBot.Channels.DirectLine;

/// <summary>On <c>/forget</c> in a Direct Line conversation, empties its log: the transcript (and what uploads left
/// there: the files' names and sizes; their bytes are never kept) goes with the dialog state.</summary>
internal sealed class DirectLineTranscriptEraser(DirectLineConversationStore store) : IConversationEraser
{
    public Task EraseAsync(ConversationKey key, CancellationToken cancellationToken) =>
        key.Channel == DirectLineBot.ChannelId ? store.EraseAsync(key.ConversationId, cancellationToken) : Task.CompletedTask;
}
