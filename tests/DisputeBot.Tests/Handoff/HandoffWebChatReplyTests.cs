using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DisputeBot.Handoff;
using DisputeBot.Tests.DirectLine;

namespace DisputeBot.Tests.Handoff;

/// <summary>
/// A Web Chat buyer reaches a person and gets the answer back: botframework-directlinejs plays the buyer on the
/// self-hosted Direct Line, a real HTTP server on a loopback port plays the help desk behind the handoff webhook, and
/// the person answers and closes the case through the signed reply endpoint.
/// </summary>
public sealed class HandoffWebChatReplyTests : IDisposable
{
    private const string Secret = "q3Vt8Lm1Zx6Rb9Kw2Nd5Hp7Yc4Jf0GsE";

    private readonly WebhookReceiver _desk = new();
    private readonly DirectLineHost _host;
    private readonly Uri _address;
    private readonly HttpClient _http = new();

    public HandoffWebChatReplyTests()
    {
        _host = new DirectLineHost(new Dictionary<string, string?> { ["Support:HandoffWebhookUrl"] = _desk.Url, ["Support:HandoffWebhookSecret"] = Secret }, realBot: true);
        _address = _host.StartOnLoopback();
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
        _desk.Dispose();
    }

    [Fact]
    public async Task A_web_chat_buyer_who_asks_for_a_person_reads_the_persons_answer_and_gets_the_bot_back_when_the_case_is_closed()
    {
        var steps = DirectLineJsPeer.Steps("click:^no", "the tracking has not moved for weeks, I want to talk to a real person");
        steps.Add(new JsonObject { ["waitFor"] = "Anna from support" });
        steps.Add(new JsonObject { ["say"] = "thank you, which photos should I add?" });
        steps.Add(new JsonObject { ["waitFor"] = "closed your case" });
        var buyer = DirectLineJsPeer.RunAsync(_address, "websocket", ("buyer", steps));

        // The help desk gets the case, signed, naming the conversation to answer.
        var handoff = JsonNode.Parse((await _desk.NextAsync(TimeSpan.FromSeconds(60))).Body)!;
        Assert.Equal("handoff", (string?)handoff["type"]);
        Assert.Equal("directline", (string?)handoff["channel"]);
        Assert.Contains(handoff["recentMessages"]!.AsArray(), m => (string?)m!["text"] == "the tracking has not moved for weeks, I want to talk to a real person");
        var conversationId = (string)handoff["conversationId"]!;

        // The person answers; a repeat of the same reply (a retried post) is not shown twice.
        var answer = Reply(conversationId, "a-1", "Hi, I'm Anna from support. Open the dispute today & add photos of the tracking page.");
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(answer, Sign(answer))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(answer, Sign(answer))).StatusCode);

        // The buyer writes on: the bot stays quiet and the words reach the help desk.
        var relay = JsonNode.Parse((await _desk.NextAsync(TimeSpan.FromSeconds(60))).Body)!;
        Assert.Equal("relay", (string?)relay["type"]);
        Assert.Equal(conversationId, (string?)relay["conversationId"]);
        Assert.Equal("thank you, which photos should I add?", (string?)relay["text"]);

        // The person closes the case: the bot is back with its open question.
        var close = $$"""{"channel":"directline","conversationId":"{{conversationId}}","id":"a-2","close":true}""";
        Assert.Equal(HttpStatusCode.NoContent, (await PostAsync(close, Sign(close))).StatusCode);

        // What the buyer's client read, in order (the person's messages may arrive while a step is still being read,
        // so the whole log is asserted on, not the steps).
        var seen = (await buyer)["conversations"]![0]!["activities"]!.AsArray().Select(a => a!).ToList();
        Assert.DoesNotContain(seen, a => (string?)a["type"] == "event");
        var told = seen.FindIndex(a => Role(a) == "bot" && Text(a).Contains("/bot", StringComparison.Ordinal));
        var answered = seen.FindIndex(a => Role(a) == "bot" && Text(a).StartsWith("Support team: ", StringComparison.Ordinal));
        // Both reach the buyer; their order is not fixed: the person's answer is posted the moment the desk has the
        // case, which can be before the handoff turn's own replies leave the outbox (a person takes longer than that).
        Assert.True(told >= 0, "the buyer was told how to get the bot back");
        Assert.True(answered >= 0, "the buyer read the person's answer");
        // Markdown, as every reply on Web Chat: the person's '&' is escaped and shown as written.
        Assert.Equal("Support team: Hi, I'm Anna from support. Open the dispute today \\& add photos of the tracking page.", Text(seen[answered]));
        Assert.Single(seen, a => Text(a).Contains("Anna from support", StringComparison.Ordinal));

        // Between the buyer's words to the person and the close, the bot said nothing; then it is back with its question.
        var wrote = seen.FindIndex(a => Role(a) == "user" && Text(a) == "thank you, which photos should I add?");
        Assert.True(wrote > answered);
        var next = seen.Skip(wrote + 1).First(a => Role(a) == "bot");
        Assert.Contains("closed your case", Text(next), StringComparison.Ordinal);
        Assert.Contains(seen.Skip(wrote + 1), a => Role(a) == "bot" && a["buttons"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task A_reply_without_a_signature_is_401_with_a_wrong_one_403_and_each_answer_says_why()
    {
        var reply = Reply("no-such-conversation", "a-1", "hello");

        var unsigned = await PostAsync(reply, signature: null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Contains("X-DisputeBot-Signature is missing", await unsigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var forged = await PostAsync(reply, HandoffWebhook.Sign(Encoding.UTF8.GetBytes(reply), Secret + "x"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("does not match", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signed for another body: the body was changed on the way.
        var tampered = await PostAsync(Reply("no-such-conversation", "a-1", "hello!"), Sign(reply));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
    }

    [Theory]
    [InlineData("not json", "not a readable reply")]
    [InlineData("""{"channel":"directline","id":"a-1","text":"hi"}""", "conversationId are required")]
    [InlineData("""{"channel":"directline","conversationId":"c","text":"hi"}""", "id is required")]
    [InlineData("""{"channel":"directline","conversationId":"c","id":"a-1"}""", "either text")]
    [InlineData("""{"channel":"directline","conversationId":"c","id":"a-1","text":"hi","close":true}""", "either text")]
    [InlineData("""{"channel":"directline","conversationId":"c","id":"a-1","text":"hi"}""", "No such conversation")]
    public async Task A_signed_reply_that_is_not_one_gets_a_4xx_saying_what_is_wrong(string body, string reason)
    {
        var response = await PostAsync(body, Sign(body));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Reply(string conversationId, string id, string text) =>
        new JsonObject { ["channel"] = "directline", ["conversationId"] = conversationId, ["id"] = id, ["text"] = text }.ToJsonString();

    private static string Sign(string body) => HandoffWebhook.Sign(Encoding.UTF8.GetBytes(body), Secret);

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_address, HandoffReplyEndpoint.Route))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null)
        {
            request.Headers.Add(HandoffWebhook.SignatureHeader, signature);
        }

        return await _http.SendAsync(request);
    }

    private static string? Role(JsonNode activity) => (string?)activity["role"];

    private static string Text(JsonNode activity) => (string?)activity["text"] ?? string.Empty;
}
