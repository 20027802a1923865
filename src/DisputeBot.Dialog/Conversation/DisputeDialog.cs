using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Conversation;

/// <summary>The dispute coach.</summary>
public sealed class DisputeDialog(KnowledgeBase knowledge) : IDialog
{
    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now) => throw new NotImplementedException(knowledge.Languages.First());

    public Reply Notice(SystemNotice notice, string? locale) => throw new NotImplementedException();
}
