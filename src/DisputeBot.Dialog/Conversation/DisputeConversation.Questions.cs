using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Asking the open step's question, with its buttons.</summary>
internal sealed partial class DisputeConversation
{
    private void Ask()
    {
        if (Current?.Question(this) is not { } question)
        {
            return;
        }

        _state.PromptId++;
        _replies.Add(new ChoicesReply(Text.Format(question.Key, question.Values ?? []), question.Choices, _state.PromptId));
    }

    internal ReplyChoice Choice(string id) => new(id, Text["choice." + id]);

    internal void ShowChecklist()
    {
        _replies.Add(Checklist());
        _askDue = true;
    }

    private ChecklistReply Checklist()
    {
        var category = Category;
        if (category is null)
        {
            return new ChecklistReply(Text["evidence.title_general"], [], Text["evidence.need_problem"]);
        }

        var (done, total) = Progress();
        var lines = category.Checklist.Select(i => new ChecklistLine(i.Id, i.Text, _state.EvidenceDone.Contains(i.Id))).ToArray();
        return new ChecklistReply(
            Text.Format("evidence.title", ("label", category.Label), ("done", done), ("total", total)),
            lines,
            Text["evidence.footer"]);
    }

    internal string FormatDate(DateOnly date) => date.ToString(Text["format.date"], _kit.Culture);

    private string DaysText(int days)
    {
        var count = Math.Abs(days);
        return Text.Format(count == 1 ? "days.one" : "days.other", ("n", count));
    }
}
