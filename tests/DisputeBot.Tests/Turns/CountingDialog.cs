using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.Turns;

/// <summary>A dialog that only counts: every turn adds one to <see cref="DialogState.PromptId"/> and appends its
/// update id to <see cref="DialogState.EvidenceDone"/>, so lost or doubled turns show in the stored state.
/// "/forget" asks for deletion.</summary>
internal sealed class CountingDialog : IDialog
{
    private int _runs;

    /// <summary>How many times the pipeline ran the dialog (reruns after conflicts included).</summary>
    public int Runs => Volatile.Read(ref _runs);

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        Interlocked.Increment(ref _runs);
        var current = state ?? new DialogState();
        if (turn.Input is TextInput { Text: "/forget" })
        {
            return new DialogResult(current, [new TextReply("forgotten")], ForgetConversation: true);
        }

        var next = current with { PromptId = current.PromptId + 1, EvidenceDone = [.. current.EvidenceDone, turn.UpdateId] };
        return new DialogResult(next, [new TextReply($"turn {next.PromptId}")]);
    }

    public Reply Notice(SystemNotice notice, string? locale) => new TextReply($"notice: {notice}");

    public static Turn Text(string updateId, string text = "hello") => new(updateId, "user-1", "en", new TextInput(text));
}
