using System.Collections.Concurrent;
using System.Text;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.BotFramework;

/// <summary>A stand-in for the dispute dialog: fixed answers per input, every turn recorded. Texts hold Markdown
/// characters on purpose, to show they arrive escaped.</summary>
public sealed class ScriptedDialog : IDialog
{
    public static readonly ReplyChoice[] ArrivalChoices = [new("yes", "Yes"), new("no", "No"), new("partly", "Only part of it")];

    private readonly ConcurrentQueue<Turn> _turns = new();

    public IReadOnlyList<Turn> Turns => _turns.ToArray();

    /// <summary>Holds a "slow" turn until released (a test waits for the typing indicator meanwhile).</summary>
    public ManualResetEventSlim SlowTurnGate { get; } = new(false);

    public DialogResult Handle(DialogState? state, Turn turn, DateTimeOffset now)
    {
        _turns.Enqueue(turn);
        var current = state ?? new DialogState();
        var prompt = current.PromptId + 1;
        var next = current with { PromptId = prompt };
        IReadOnlyList<Reply> replies = turn.Input switch
        {
            ConversationStartedInput =>
            [
                new TextReply("Hello! I help with *AliExpress* disputes."),
                new ChoicesReply("Did the package arrive?", ArrivalChoices, prompt),
            ],
            ChoiceInput choice => [new TextReply($"Chose {choice.ChoiceId} on prompt {choice.PromptId?.ToString() ?? "none"}")],
            AttachmentInput files => [new TextReply($"Got {string.Join(",", files.Files.Select(f => $"{f.Kind}:{f.FileName}:{f.MediaType}"))} caption {files.Caption ?? "none"}")],
            TextInput { Text: "warn" } =>
            [
                new TextReply("Never close the dispute before the refund\nThe seller asks for this often.", ReplyTone.Warning),
            ],
            TextInput { Text: "card" } =>
            [
                new CardReply("Your dispute", [
                    new CardSection("Problem", ["Not received", "Ordered *2* [pcs]"]),
                    new CardSection("Description to paste", ["I ordered 2 items.", "Only ``` 1 arrived."], Copyable: true),
                ]),
            ],
            TextInput { Text: "checklist" } =>
            [
                new ChecklistReply("Evidence", [new ChecklistLine("photo", "Photo of the label", true), new ChecklistLine("video", "Unboxing video", false)], "1 of 2 done"),
            ],
            TextInput { Text: "many" } =>
            [
                new ChoicesReply("What went wrong?", Enumerable.Range(1, 8).Select(i => new ReplyChoice($"c{i}", $"Problem {i}")).ToArray(), prompt),
            ],
            TextInput { Text: "long" } => [new TextReply(LongText())],
            TextInput { Text: "slow" } => Slow(),
            TextInput text => [new TextReply($"You said: {text.Text}")],
            _ => [],
        };
        return new DialogResult(next, replies);
    }

    public Reply Notice(SystemNotice notice, string? locale) => new TextReply($"Notice {notice}");

    /// <summary>About 100 KB in 2,000 numbered lines.</summary>
    public static string LongText()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            builder.Append("Line ").Append(i).Append(": the parcel was scanned in a sorting centre, and nothing since then.\n");
        }

        return builder.ToString();
    }

    private List<Reply> Slow()
    {
        SlowTurnGate.Wait(TimeSpan.FromSeconds(30));
        return [new TextReply("Done thinking")];
    }
}
