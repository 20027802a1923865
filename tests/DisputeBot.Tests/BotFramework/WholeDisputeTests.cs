using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Tests.BotFramework;

/// <summary>A whole dispute with the real dialog through /api/messages (expectReplies), as Web Chat would hold it:
/// greeting, button presses carrying their choice and prompt, free text, a seller's offer, the summary.</summary>
public sealed class WholeDisputeTests : IDisposable
{
    private static readonly string[] NotReceivedProblems = ["in_transit", "no_tracking", "customs", "returned_to_seller", "wrong_address", "delivered_not_received"];

    private readonly BotHost _host = new();
    private readonly string _conversation = "dispute-" + Guid.NewGuid().ToString("N")[..8];
    private int _sequence;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_whole_dispute_from_greeting_to_summary_card()
    {
        var greeting = await _host.ExchangeAsync(Activities.ConversationUpdate(conversationId: _conversation, membersAdded: ["bot-1", "user-1"]));
        var arrival = Question(greeting);
        Assert.Equal(["yes", "no", "partly"], ChoiceIds(arrival));
        Assert.All(greeting, reply => Assert.Equal("user-1", reply.Recipient?.Id));

        var problem = Question(await PressAsync(arrival, "no"));
        Assert.Equal(NotReceivedProblems, ChoiceIds(problem).Intersect(NotReceivedProblems).ToArray());

        var timer = Question(await SayAsync("it's stuck in customs"));
        Assert.Contains("no_timer", ChoiceIds(timer));

        var afterTimer = await SayAsync("12 days left");
        Assert.Contains(afterTimer, reply => reply.Text?.Contains("12 days", StringComparison.Ordinal) == true);
        var shipped = Question(afterTimer);

        var payment = Question(await SayAsync("20 days ago"));
        Assert.Contains("paypal", ChoiceIds(payment));

        var paidOn = Question(await PressAsync(payment, "paypal"));
        Assert.Contains("dont_know", ChoiceIds(paidOn));

        var offer = await SayAsync("Dear friend please close the dispute, we will resend a new one for you");
        var warning = Assert.Single(offer, reply => reply.Text?.StartsWith("⚠️ **", StringComparison.Ordinal) == true);
        Assert.Equal("markdown", warning.TextFormat);

        var opened = Question(await PressAsync(Question(offer), "dont_know"));
        Assert.Contains("not_yet", ChoiceIds(opened));

        var evidenceStep = await PressAsync(opened, "not_yet");
        var evidence = Question(evidenceStep);
        var evidenceIds = ChoiceIds(evidence);
        Assert.Equal("done", evidenceIds[^1]);
        Assert.True(evidenceIds.Length > 1, "evidence items offered as choices");
        Assert.Contains(evidenceStep, reply => reply.Text?.Contains('⬜') == true);

        var ticked = await PressAsync(evidence, evidenceIds[0]);
        Assert.Contains(ticked, reply => reply.Text?.Contains("1 of", StringComparison.Ordinal) == true);

        var summary = await SayAsync("/summary");
        var card = Assert.Single(summary, reply => reply.Text?.StartsWith("**Your dispute summary**", StringComparison.Ordinal) == true);
        Assert.Contains("\n```", card.Text, StringComparison.Ordinal);
        Assert.All(summary, reply => Assert.True(JsonSerializer.SerializeToUtf8Bytes(reply, BotFrameworkJson.Context.Activity).Length <= 40 * 1024));
    }

    [Fact]
    public async Task A_press_on_an_old_button_is_recognised_by_its_prompt()
    {
        var arrival = Question(await _host.ExchangeAsync(Activities.ConversationUpdate(conversationId: _conversation, membersAdded: ["user-1"])));
        await PressAsync(arrival, "no");

        var late = await PressAsync(arrival, "yes");

        Assert.Contains(late, reply => reply.Text?.Contains("earlier question", StringComparison.Ordinal) == true);
    }

    /// <summary>The activity that asks a question: the last one, with suggested actions.</summary>
    private static Activity Question(List<Activity> replies)
    {
        var question = replies[^1];
        Assert.NotNull(question.SuggestedActions);
        Assert.Equal("expectingInput", question.InputHint);
        return question;
    }

    private static string[] ChoiceIds(Activity question) =>
        question.SuggestedActions!.Actions.Select(a => a.Value!.Value.Deserialize(BotFrameworkJson.Context.ChoiceValue)!.Choice!).ToArray();

    /// <summary>Presses a button as Web Chat does: messageBack with its text and value.</summary>
    private Task<List<Activity>> PressAsync(Activity question, string choiceId)
    {
        var action = question.SuggestedActions!.Actions.Single(a => a.Value!.Value.Deserialize(BotFrameworkJson.Context.ChoiceValue)!.Choice == choiceId);
        Assert.Equal("messageBack", action.Type);
        var press = Next(action.Text!);
        press["value"] = JsonNode.Parse(action.Value!.Value.GetRawText());
        return _host.ExchangeAsync(press);
    }

    private Task<List<Activity>> SayAsync(string text) => _host.ExchangeAsync(Next(text));

    private JsonObject Next(string text) =>
        Activities.Message(text, conversationId: _conversation, id: $"{_conversation}-{++_sequence}");
}
