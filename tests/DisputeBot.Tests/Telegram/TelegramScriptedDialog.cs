using System.Collections.Concurrent;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// A stand-in dialog with a fixed script, so the channel can be tested without the real one: "/start" greets and asks
/// a question with buttons; a press on the current question's buttons is acknowledged and asks the next one; a press
/// on an old keyboard gets "old button"; "long" answers with a text far over Telegram's limit; a seller's "dear
/// friend" gets a warning; files are described back; anything else is echoed. Every turn it saw is recorded.
/// </summary>
public sealed class TelegramScriptedDialog : IDialog
{
    public const string HostileText = "<script>alert('x')</script> & <b>not bold</b>";

    public ConcurrentQueue<Turn> Turns { get; } = new();

    /// <summary>Runs inside each turn, before the answer (lets tests hold a turn to observe ordering).</summary>
    public Action<Turn>? OnTurn { get; set; }

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        Turns.Enqueue(turn);
        OnTurn?.Invoke(turn);
        state ??= new DialogState { StartedAt = now };
        switch (turn.Input)
        {
            case TextInput { Text: var text } when text.StartsWith("/start", StringComparison.Ordinal):
                var asked = state with { PromptId = state.PromptId + 1, Step = DialogStep.AskArrival };
                return new DialogResult(asked, [new TextReply($"Hello {HostileText}\nSecond line"), Question(asked.PromptId)]);
            case TextInput { Text: "long" }:
                var paragraph = string.Concat(Enumerable.Repeat("evidence & <proof> ", 40)).Trim();
                var longText = string.Join("\n\n", Enumerable.Repeat(paragraph, 16));
                return new DialogResult(state, [new TextReply(longText)]);
            case TextInput { Text: var text } when text.Contains("dear friend", StringComparison.OrdinalIgnoreCase):
                return new DialogResult(state, [new TextReply("Do not close the dispute.\nA resend promised outside the dispute is not binding.", ReplyTone.Warning)]);
            case TextInput { Text: "/summary" }:
                return new DialogResult(state, [Card()]);
            case TextInput { Text: var text }:
                return new DialogResult(state, [new TextReply("You said: " + text)]);
            case ChoiceInput choice when choice.PromptId == state.PromptId:
                var next = state with { PromptId = state.PromptId + 1 };
                return new DialogResult(next, [new TextReply("Chose " + choice.ChoiceId), Question(next.PromptId)]);
            case ChoiceInput:
                return new DialogResult(state, [new TextReply("old button")]);
            case AttachmentInput files:
                var described = string.Join(", ", files.Files.Select(f => $"{f.Kind} {f.FileName ?? "-"} {f.MediaType ?? "-"} {f.SizeBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
                return new DialogResult(state, [new TextReply("Got " + described)]);
            default:
                return new DialogResult(state, []);
        }
    }

    public Reply Notice(SystemNotice notice, string? locale) => new TextReply("notice " + notice);

    private static ChoicesReply Question(int promptId) =>
        new("Did the package arrive?", [new ReplyChoice("yes", "Yes"), new ReplyChoice("no", "No"), new ReplyChoice("partly", "Only part of it")], promptId);

    private static CardReply Card() => new(
        "Your dispute <summary>",
        [
            new CardSection("Problem", ["Empty package", "Seller said <nothing> & left"]),
            new CardSection("Paste this", ["I received an empty package.", "Order <123>"], Copyable: true),
        ]);
}
