using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Benchmarks.Dialog;

/// <summary>
/// One turn as the host runs it, without I/O: deserialize the stored state → run the dialog → serialize the new state,
/// in every language the bot speaks (<see cref="Language"/>), each with messages typed as its buyers write them
/// (<see cref="BuyerMessages"/>). The baseline is the JSON round trip alone, measured in the same run. Target: ≤ 20 µs
/// and ≤ 8 KB per typical turn, ≤ 12 KB for the summary, in every language.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private DisputeDialog _dialog = null!;
    private BuyerMessages _messages = null!;
    private byte[] _atArrival = null!;
    private byte[] _atProblem = null!;
    private byte[] _atEvidence = null!;
    private byte[] _atTimer = null!;

    [Params("en", "ru", "es", "pt-BR", "pl", "fr")]
    public string Language { get; set; } = "en";

    /// <summary>Plays a dispute to the Evidence step in <see cref="Language"/> and checks that every measured message
    /// takes the path it is meant to measure: a benchmark of a reprompt would measure the wrong thing.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dialog = new DisputeDialog(KnowledgeLoader.Load(FindDialogs()));
        _messages = BuyerMessages.For(Language);
        var state = Play(null, new TextInput("/start"));
        Expect(state.Language == Language, $"the conversation in {Language}, got {state.Language}");
        _atArrival = Serialize(state);

        var facts = Play(state, new TextInput(_messages.SeveralFacts));
        Expect(
            facts is { Step: DialogStep.AskTimer, CategoryId: "empty_package", Payment: PaymentMethod.Card, Arrival: Arrival.Yes },
            $"the several-facts message to give arrival, category and payment and lead to the timer question, got {facts.Step}, {facts.CategoryId}, {facts.Payment}, {facts.Arrival}");

        _atProblem = Serialize(Play(state, new ChoiceInput("yes", null)));
        var problem = Play(Deserialize(_atProblem), new TextInput(_messages.FreeText));
        Expect(problem.CategoryId == "empty_package", $"the free text to read as an empty package, got {problem.CategoryId}");

        var timer = Play(Deserialize(_atProblem), new ChoiceInput("empty_package", null));
        _atTimer = Serialize(timer);
        var dated = Play(timer, new TextInput(_messages.DaysLeft));
        Expect(
            dated.ProtectionEndsOn == DateOnly.FromDateTime(Now.Date).AddDays(12),
            $"'{_messages.DaysLeft}' to set the timer's end 12 days away, got {dated.ProtectionEndsOn}");

        var evidence = dated;
        foreach (var input in new TurnInput[] { new TextInput(_messages.DaysAgo), new ChoiceInput("card", null), new ChoiceInput("dont_know", null), new ChoiceInput("not_yet", null) })
        {
            evidence = Play(evidence, input);
        }

        Expect(evidence.Step == DialogStep.Evidence, $"the Evidence step, got {evidence.Step}");
        _atEvidence = Serialize(evidence);

        var offer = _dialog.Handle(Deserialize(_atEvidence), NewTurn(new TextInput(_messages.SellerOffer)), Now);
        Expect(offer.Replies.Any(r => r is TextReply { Tone: ReplyTone.Warning }), "the pasted seller offer to get a warning");
        var summary = _dialog.Handle(Deserialize(_atEvidence), NewTurn(new ChoiceInput("done", null)), Now);
        Expect(summary.Replies.Any(r => r is CardReply), "the Done press to give the summary card");
    }

    [Benchmark(Baseline = true, Description = "JSON round trip only")]
    public int StateRoundTrip() => Serialize(Deserialize(_atEvidence)).Length;

    [Benchmark(Description = "Free text → category")]
    public int FreeTextProblem() => Turn(_atProblem, new TextInput(_messages.FreeText));

    [Benchmark(Description = "Several facts in one message → skips to the timer")]
    public int SeveralFacts() => Turn(_atArrival, new TextInput(_messages.SeveralFacts));

    [Benchmark(Description = "Date typed → next question")]
    public int TypedDate() => Turn(_atTimer, new TextInput(_messages.DaysLeft));

    [Benchmark(Description = "Button press (Done) → summary")]
    public int ButtonPress() => Turn(_atEvidence, new ChoiceInput("done", null));

    [Benchmark(Description = "Pasted seller offer → warning")]
    public int SellerOffer() => Turn(_atEvidence, new TextInput(_messages.SellerOffer));

    private int Turn(byte[] stored, TurnInput input)
    {
        var state = Deserialize(stored);
        var result = _dialog.Handle(state, NewTurn(input), Now);
        return Serialize(result.State).Length + result.Replies.Count;
    }

    private Turn NewTurn(TurnInput input) => new("1", "u", _messages.Locale, input);

    private DialogState Play(DialogState? state, TurnInput input) => _dialog.Handle(state, NewTurn(input), Now).State;

    private void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Setup ({Language}) expected {what}.");
        }
    }

    private static byte[] Serialize(DialogState state) => JsonSerializer.SerializeToUtf8Bytes(state, DialogJsonContext.Default.DialogState);

    private static DialogState Deserialize(byte[] json) => JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogState)!;

    private static string FindDialogs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(dir.FullName, "DisputeBot.sln")) || File.Exists(Path.Combine(candidate, "rules.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("dialogs/ not found above " + AppContext.BaseDirectory);
    }
}
