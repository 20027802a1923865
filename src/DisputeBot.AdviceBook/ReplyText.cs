using DisputeBot.Dialog.Conversation;

namespace DisputeBot.AdviceBook;

/// <summary>Every text a buyer sees in a reply (messages, questions and their buttons, cards, checklists), one per line.</summary>
public static class ReplyText
{
    public static string Of(IEnumerable<Reply> replies) => string.Join('\n', replies.Select(Of));

    public static string Of(Reply reply) => reply switch
    {
        TextReply text => text.Text,
        ChoicesReply choices => choices.Text + "\n" + string.Join('\n', choices.Choices.Select(c => c.Label)),
        CardReply card => card.Title + "\n" + string.Join('\n', card.Sections.Select(s => s.Heading + "\n" + string.Join('\n', s.Lines))),
        FileReply file => file.Caption,
        ChecklistReply list => list.Title + "\n" + string.Join('\n', list.Lines.Select(l => l.Text)) + (list.Footer is null ? "" : "\n" + list.Footer),
        _ => "",
    };
}
