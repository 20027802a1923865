using System.Globalization;
using System.Text;
using System.Text.Json;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.AdviceBook;

/// <summary>
/// Plays an advice-book case through a dialog built on a dialogs/ folder, storing the state as JSON between turns as the
/// host does, on the case's pinned clock. Sending a turn lives only here.
/// </summary>
public sealed class AdviceChat
{
    private readonly List<(string Message, IReadOnlyList<Reply> Replies)> _turns = [];
    private string _locale = "en-GB";

    private AdviceChat(DateTimeOffset now, TimeSpan? offset)
    {
        Now = now;
        Offset = offset;
    }

    /// <summary>The buyer's clock (in the buyer's offset).</summary>
    public DateTimeOffset Now { get; }

    public TimeSpan? Offset { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DialogState? State { get; private set; }

    /// <summary>Every state after a turn, first to last (a fact may have been read and later corrected).</summary>
    public List<DialogState> States { get; } = [];

    public IReadOnlyList<(string Message, IReadOnlyList<Reply> Replies)> Turns => _turns;

    public IEnumerable<Reply> AllReplies => _turns.SelectMany(t => t.Replies);

    public IEnumerable<string> Messages => _turns.Select(t => t.Message);

    public static AdviceChat Play(AdviceCase advice, DisputeDialog dialog)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(dialog);
        var offset = string.IsNullOrEmpty(advice.Offset)
            ? (TimeSpan?)null
            : TimeSpan.Parse(advice.Offset.TrimStart('+'), CultureInfo.InvariantCulture);
        var local = DateTime.ParseExact(advice.Today, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var chat = new AdviceChat(new DateTimeOffset(local, offset ?? TimeSpan.Zero), offset) { _locale = advice.Locale ?? "en-GB" };
        foreach (var message in advice.Messages)
        {
            chat.Send(dialog, message);
        }

        return chat;
    }

    private void Send(DisputeDialog dialog, string message)
    {
        TurnInput input = message.StartsWith('[') && message.EndsWith(']')
            ? new ChoiceInput(message[1..^1], _turns.Count == 0 ? null : _turns[^1].Replies.OfType<ChoicesReply>().LastOrDefault()?.PromptId)
            : new TextInput(message);
        var turn = new Turn((_turns.Count + 1).ToString(CultureInfo.InvariantCulture), "advice-book", _locale, input, Offset);
        var stored = State is null ? null : JsonSerializer.SerializeToUtf8Bytes(State, DialogJsonContext.Default.DialogState);
        var result = dialog.Handle(stored is null ? null : JsonSerializer.Deserialize(stored, DialogJsonContext.Default.DialogState), turn, Now.ToUniversalTime());
        State = result.ForgetConversation ? null : result.State;
        if (State is not null)
        {
            States.Add(State);
        }

        _turns.Add((message, result.Replies));
    }

    /// <summary>The conversation as a transcript, for failure messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (message, replies) in _turns)
        {
            text.Append("> ").AppendLine(message);
            foreach (var reply in replies)
            {
                var tone = reply is TextReply { Tone: ReplyTone.Warning } ? "< ! " : "< ";
                text.Append(tone).AppendLine(ReplyText.Of(reply).Replace("\n", "\n    ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}
