using System.Text.Json.Nodes;

namespace DisputeBot.Tests.DirectLine;

/// <summary>botframework-directlinejs, the real Direct Line client, against the host on a loopback port (stand-in bot).</summary>
public sealed class DirectLineJsTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly Uri _address;

    public DirectLineJsTests()
    {
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task Two_directlinejs_conversations_at_once_each_get_their_own_answers_and_nothing_of_the_other(string mode)
    {
        var result = await DirectLineJsPeer.RunAsync(
            _address,
            mode,
            ("alice", DirectLineJsPeer.Steps("click:^yes$", "alice one", "alice two")),
            ("bob", DirectLineJsPeer.Steps("click:^no$", "bob one")));

        var alice = Conversation(result, "alice");
        var bob = Conversation(result, "bob");
        Assert.Equal(["You said: Yes", "You said: alice one", "You said: alice two"], Turns(alice));
        Assert.Equal(["You said: No", "You said: bob one"], Turns(bob));
        Assert.NotEqual((string)alice["conversationId"]!, (string)bob["conversationId"]!);
        Assert.All(Activities(alice), a => Assert.Equal((string)alice["conversationId"]!, (string)a["conversationId"]!));
        Assert.All(Activities(bob), a => Assert.Equal((string)bob["conversationId"]!, (string)a["conversationId"]!));
        Assert.DoesNotContain(Activities(alice), a => ((string?)a["text"] ?? string.Empty).Contains("bob", StringComparison.Ordinal));
        Assert.DoesNotContain(Activities(bob), a => ((string?)a["text"] ?? string.Empty).Contains("alice", StringComparison.Ordinal));
        var echoes = Activities(alice).Where(a => (string?)a["role"] == "user").ToList();
        Assert.Equal(["alice-1", "alice-2", "alice-3"], echoes.Select(a => (string)a["clientActivityID"]!));
        Assert.Equal("Hello! Did your package arrive?", (string)Activities(alice)[0]["text"]!);
    }

    private static JsonNode Conversation(JsonNode result, string name) => result["conversations"]!.AsArray().Single(c => (string)c!["name"]! == name)!;

    private static List<JsonNode> Activities(JsonNode conversation) => [.. conversation["activities"]!.AsArray().Select(a => a!)];

    private static List<string> Turns(JsonNode conversation) =>
        [.. conversation["turns"]!.AsArray().Select(t => string.Join(" / ", t!["replies"]!.AsArray().Select(r => (string)r!["text"]!)))];
}
