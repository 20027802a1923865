using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Tests.BotFramework;

/// <summary>The real dialog in Teams: buttons are imBack, so a press arrives as the label's text, and the dialog must
/// understand it like typed words.</summary>
public sealed class TeamsDisputeTests : IDisposable
{
    private readonly BotHost _host = new();
    private int _sequence;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Pressing_teams_buttons_moves_the_dispute_forward_by_their_labels()
    {
        var update = Activities.ConversationUpdate("msteams", "https://smba.trafficmanager.net/amer/", TestIds.TeamsConversationId, TestIds.TeamsUserId);
        update["recipient"] = new JsonObject { ["id"] = TestIds.TeamsBotId, ["name"] = "DisputeBot" };
        var arrival = await _host.ExchangeAsync(update);

        var problem = await PressAsync(arrival, "No, it didn't");
        Assert.Contains("Held by customs", Labels(problem));

        var timer = await PressAsync(problem, "Held by customs");
        Assert.Contains("I can't see a timer", Labels(timer));

        var shipped = await SayAsync("12 days left");
        var payment = await SayAsync("20 days ago");
        var paidOn = await PressAsync(payment, "PayPal");
        var opened = await PressAsync(paidOn, "I don't know");
        var evidence = await PressAsync(opened, "Not yet");
        Assert.NotEmpty(shipped);

        var first = Labels(evidence)[0];
        var ticked = await PressAsync(evidence, first);

        Assert.Contains(ticked, reply => reply.Text?.Contains("(1 of", StringComparison.Ordinal) == true);
    }

    private static List<string> Labels(List<Activity> replies)
    {
        var question = replies[^1];
        Assert.Equal("expectingInput", question.InputHint);
        return question.Attachments!
            .SelectMany(a => a.Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!.Buttons)
            .Select(b => b.Value!.Value.GetString()!)
            .ToList();
    }

    /// <summary>An imBack press: Teams posts the button's value as the user's own message.</summary>
    private Task<List<Activity>> PressAsync(List<Activity> replies, string label)
    {
        Assert.Contains(label, Labels(replies));
        return SayAsync(label);
    }

    private Task<List<Activity>> SayAsync(string text)
    {
        var message = Activities.Teams(text, "https://smba.trafficmanager.net/amer/", $"teams-{++_sequence}");
        return _host.ExchangeAsync(message);
    }
}
