using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>
/// The Bot Framework handoff protocol over the self-hosted Direct Line, with botframework-directlinejs playing the
/// buyer and the contact centre in front of the real bot (BotFramework:Handoff on): asking for a person sends a
/// <c>handoff.initiate</c> event with the transcript attached; the bot stays quiet until a <c>handoff.status</c>
/// "completed" event hands the conversation back.
/// </summary>
public sealed class HandoffDirectLineJsTests : IDisposable
{
    private readonly DirectLineHost _host = new(new Dictionary<string, string?> { ["BotFramework:Handoff"] = "true" }, realBot: true);
    private readonly Uri _address;

    public HandoffDirectLineJsTests()
    {
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Asking_for_a_person_sends_handoff_initiate_with_the_transcript_and_a_completed_status_gives_the_buyer_back()
    {
        var steps = DirectLineJsPeer.Steps("click:^no", "the tracking has not moved for weeks, I want to talk to a real person", "hello? anyone there?");
        steps.Add(new JsonObject { ["event"] = new JsonObject { ["name"] = "handoff.status", ["value"] = new JsonObject { ["state"] = "accepted" } } });
        steps.Add(new JsonObject { ["event"] = new JsonObject { ["name"] = "handoff.status", ["value"] = new JsonObject { ["state"] = "completed" } } });

        var result = await DirectLineJsPeer.RunAsync(_address, "polling", ("buyer", steps));
        var buyer = result["conversations"]![0]!;
        var turns = buyer["turns"]!.AsArray();

        // The request: one handoff.initiate event with the context and the transcript, then the buyer is told.
        var asked = Replies(turns, 1);
        var initiate = Assert.Single(asked, a => (string?)a["type"] == "event");
        Assert.Equal("handoff.initiate", (string?)initiate["name"]);
        Assert.Equal("asked", (string?)initiate["value"]!["reason"]);
        Assert.Equal("en", (string?)initiate["value"]!["language"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)initiate["value"]!["summary"]));
        var transcript = Assert.Single(initiate["cards"]!.AsArray())!;
        Assert.Equal("application/json", (string?)transcript["contentType"]);
        Assert.Equal("Transcript", (string?)transcript["name"]);
        var lines = transcript["transcript"]!.AsArray();
        Assert.Contains(lines, l => (string?)l!["role"] == "user" && (string?)l["text"] == "the tracking has not moved for weeks, I want to talk to a real person");
        Assert.Contains(lines, l => (string?)l!["role"] == "bot");
        Assert.Contains(asked, a => (string?)a["type"] == "message" && Text(a).Contains("/bot", StringComparison.Ordinal));

        // While a person has the conversation, the bot says nothing, and an "accepted" status changes nothing.
        Assert.Empty(Replies(turns, 2));
        Assert.Empty(Replies(turns, 3));

        // "completed": the bot is back with its open question.
        var back = Replies(turns, 4);
        Assert.Contains(back, a => Text(a).Contains("closed your case", StringComparison.Ordinal));
        Assert.Contains(back, a => a["buttons"]!.AsArray().Count > 0);
    }

    private static List<JsonNode> Replies(JsonArray turns, int turn) => [.. turns[turn]!["replies"]!.AsArray().Select(a => a!)];

    private static string Text(JsonNode activity) => (string?)activity["text"] ?? string.Empty;
}
