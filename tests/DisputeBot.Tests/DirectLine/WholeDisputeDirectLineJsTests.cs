using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>Whole disputes through botframework-directlinejs against the real bot (dialog, pipeline, Bot Framework
/// rendering) on a loopback port: two conversations at once that must not see each other's activities.</summary>
public sealed class WholeDisputeDirectLineJsTests : IDisposable
{
    private readonly DirectLineHost _host = new(realBot: true);
    private readonly Uri _address;

    public WholeDisputeDirectLineJsTests()
    {
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task Two_whole_disputes_at_once_each_reach_their_own_summary(string mode)
    {
        var result = await DirectLineJsPeer.RunAsync(
            _address,
            mode,
            ("alice", DirectLineJsPeer.Steps(
                "click:^yes",
                "click:^empty package$",
                "12 days left",
                "please close the dispute and we will resend a new one",
                "click:^today$",
                "click:paypal",
                "click:know",
                "click:^not yet",
                "click:unboxing video",
                "click:^photos of the empty",
                "click:^done")),
            ("bob", DirectLineJsPeer.Steps(
                "click:^no",
                "it's stuck in customs",
                "20 days left")));

        var alice = Conversation(result, "alice");
        var bob = Conversation(result, "bob");

        // The greeting came without the user typing, with a button per answer.
        var greeting = Activities(alice).TakeWhile(a => (string?)a["role"] != "user").ToList();
        Assert.Contains(greeting, a => Buttons(a).Count == 3);

        // Free text was understood as a category; the seller's offer was flagged.
        Assert.Contains(Replies(alice, 2), a => Text(a).Contains("12 days", StringComparison.Ordinal));
        Assert.Contains(Replies(alice, 3), a => Text(a).StartsWith("⚠️", StringComparison.Ordinal));
        Assert.Contains(Replies(alice, 7), a => Text(a).Contains("(0 of 5)", StringComparison.Ordinal));
        Assert.Contains(Replies(alice, 9), a => Text(a).Contains("(2 of 5", StringComparison.Ordinal));

        // The summary closes the dispute.
        Assert.Contains(Replies(alice, 10), a => Text(a).Contains("Your dispute summary", StringComparison.Ordinal));
        Assert.Contains(Replies(bob, 0), a => Buttons(a).Count > 0);
        Assert.Contains(Replies(bob, 2), a => Text(a).Contains("20 days", StringComparison.Ordinal));

        // Each saw only its own conversation.
        Assert.NotEqual((string)alice["conversationId"]!, (string)bob["conversationId"]!);
        Assert.All(Activities(alice), a => Assert.Equal((string)alice["conversationId"]!, (string)a["conversationId"]!));
        Assert.All(Activities(bob), a => Assert.Equal((string)bob["conversationId"]!, (string)a["conversationId"]!));
        Assert.DoesNotContain(Activities(bob), a => Text(a).Contains("Empty package", StringComparison.Ordinal) || Text(a).Contains("12 days", StringComparison.Ordinal));
        Assert.DoesNotContain(Activities(alice), a => Text(a).Contains("Held by customs", StringComparison.Ordinal) || Text(a).Contains("20 days from today", StringComparison.Ordinal));
        Assert.All(Activities(alice).Where(a => (string?)a["role"] == "user"), a => Assert.StartsWith("alice-", (string)a["clientActivityID"]!, StringComparison.Ordinal));
    }

    private static JsonNode Conversation(JsonNode result, string name) => result["conversations"]!.AsArray().Single(c => (string)c!["name"]! == name)!;

    private static List<JsonNode> Activities(JsonNode conversation) => [.. conversation["activities"]!.AsArray().Select(a => a!)];

    private static List<JsonNode> Replies(JsonNode conversation, int turn) => [.. conversation["turns"]![turn]!["replies"]!.AsArray().Select(a => a!)];

    private static List<string> Buttons(JsonNode activity) => [.. activity["buttons"]!.AsArray().Select(b => (string)b!)];

    private static string Text(JsonNode activity) => (string?)activity["text"] ?? string.Empty;
}
