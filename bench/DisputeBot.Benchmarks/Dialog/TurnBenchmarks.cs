using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Benchmarks.Dialog;

/// <summary>
/// One turn as the host runs it, without I/O: deserialize the stored state → run the dialog → serialize the new state.
/// The baseline is the JSON round trip alone, measured in the same run. Target: ≤ 20 µs and ≤ 8 KB per turn.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private const string SeveralFactsText = "it arrived 5 days ago but the box was empty, I paid by card 3 weeks ago";

    private DisputeDialog _dialog = null!;
    private byte[] _atArrival = null!;
    private byte[] _atProblem = null!;
    private byte[] _atEvidence = null!;
    private byte[] _atTimer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.Load(FindDialogs());
        _dialog = new DisputeDialog(knowledge);
        var state = Play(null, new TextInput("/start"));
        _atArrival = Serialize(state);
        if (Play(state, new TextInput(SeveralFactsText)).Step != DialogStep.AskTimer)
        {
            throw new InvalidOperationException("Setup expected the several-facts message to lead to the timer question.");
        }

        _atProblem = Serialize(Play(state, new ChoiceInput("yes", null)));
        var timer = Play(Deserialize(_atProblem), new ChoiceInput("empty_package", null));
        _atTimer = Serialize(timer);
        var evidence = timer;
        foreach (var input in new TurnInput[] { new TextInput("12 days left"), new TextInput("3 days ago"), new ChoiceInput("card", null), new ChoiceInput("dont_know", null), new ChoiceInput("not_yet", null) })
        {
            evidence = Play(evidence, input);
        }

        _atEvidence = Serialize(evidence);
        if (evidence.Step != DialogStep.Evidence)
        {
            throw new InvalidOperationException($"Setup expected the Evidence step, got {evidence.Step}.");
        }
    }

    [Benchmark(Baseline = true, Description = "JSON round trip only")]
    public int StateRoundTrip() => Serialize(Deserialize(_atEvidence)).Length;

    [Benchmark(Description = "Free text → category")]
    public int FreeTextProblem() => Turn(_atProblem, new TextInput("the box came empty, nothing inside"));

    [Benchmark(Description = "Several facts in one message → skips to the timer")]
    public int SeveralFacts() => Turn(_atArrival, new TextInput(SeveralFactsText));

    [Benchmark(Description = "Date typed → next question")]
    public int TypedDate() => Turn(_atTimer, new TextInput("12 days left"));

    [Benchmark(Description = "Button press (Done) → summary")]
    public int ButtonPress() => Turn(_atEvidence, new ChoiceInput("done", null));

    [Benchmark(Description = "Pasted seller offer → warning")]
    public int SellerOffer() => Turn(_atEvidence, new TextInput("Dear friend, please close the dispute and we will resend a new one for you"));

    private int Turn(byte[] stored, TurnInput input)
    {
        var state = Deserialize(stored);
        var result = _dialog.Handle(state, new Turn("1", "u", "en-GB", input), Now);
        return Serialize(result.State).Length + result.Replies.Count;
    }

    private DialogState Play(DialogState? state, TurnInput input) => _dialog.Handle(state, new Turn("1", "u", "en-GB", input), Now).State;

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
