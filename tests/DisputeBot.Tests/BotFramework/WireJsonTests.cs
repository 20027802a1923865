using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DisputeBot.Channels.BotFramework;
using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.BotFramework;

/// <summary>
/// What goes on the wire stays exactly what it was: the rendered replies (a golden file) and the <c>expectReplies</c>
/// and invoke bodies (the wire context's bytes, with a Content-Length).
/// </summary>
public sealed class WireJsonTests
{
    /// <summary>Set to 1 to rewrite the golden file from the current renderers (only when a change is intended).</summary>
    private const string UpdateGoldenVariable = "DISPUTEBOT_UPDATE_GOLDEN";

    public static TheoryData<string> Renderers => ["webchat", "msteams"];

    [Theory]
    [MemberData(nameof(Renderers))]
    public void The_expect_replies_body_is_byte_identical_to_the_serializers(string channelId)
    {
        foreach (var replies in RepresentativeReplies.Sets(channelId))
        {
            var value = new ExpectedReplies { Activities = replies };
            var expected = JsonSerializer.SerializeToUtf8Bytes(value, BotFrameworkJson.Context.ExpectedReplies);

            var (context, body) = Execute(BotMessagesEndpoint.Replies(replies));

            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(body));
            Assert.Equal(expected, body);
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
            Assert.Equal(expected.Length, context.Response.ContentLength);
        }
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped_and_markup_characters_as_before()
    {
        // As the relaxed encoder always did: BMP text as is; quotes, backslashes, control characters and characters
        // outside the BMP (emoji, as surrogate pairs) escaped.
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Посылка 📦 <b>&'\"\\ 한국어\u0001" };

        var (_, body) = Execute(BotMessagesEndpoint.Replies([reply]));

        Assert.Equal("""{"activities":[{"type":"message","text":"Посылка \uD83D\uDCE6 <b>&'\"\\ 한국어\u0001"}]}""", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void A_very_long_answer_is_written_whole_and_a_short_one_after_it_too()
    {
        var long_ = new ExpectedReplies { Activities = [.. Enumerable.Range(0, 40).Select(i => new Activity { Type = ActivityTypes.Message, Text = new string('x', 10_000) + i })] };
        var short_ = new ExpectedReplies { Activities = [new Activity { Type = ActivityTypes.Message, Text = "short" }] };

        var (_, longBody) = Execute(BotMessagesEndpoint.Replies(long_.Activities));
        var (_, shortBody) = Execute(BotMessagesEndpoint.Replies(short_.Activities));

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(long_, BotFrameworkJson.Context.ExpectedReplies), longBody);
        Assert.Equal("""{"activities":[{"type":"message","text":"short"}]}""", Encoding.UTF8.GetString(shortBody));
    }

    [Fact]
    public void The_invoke_response_is_written_as_before()
    {
        var (_, body) = Execute(BotMessagesEndpoint.InvokeAnswered());

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"OK"}""", Encoding.UTF8.GetString(body));
    }

    [Theory]
    [MemberData(nameof(Renderers))]
    public void Rendered_replies_are_the_same_as_before(string channelId)
    {
        var actual = new StringBuilder();
        foreach (var replies in RepresentativeReplies.Sets(channelId))
        {
            actual.Append(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(replies, BotFrameworkJson.Context.ListActivity))).Append('\n');
        }

        var golden = GoldenPath(channelId);
        if (Environment.GetEnvironmentVariable(UpdateGoldenVariable) == "1")
        {
            File.WriteAllText(golden, actual.ToString());
        }

        Assert.True(File.Exists(golden), $"Golden file {golden} is missing; set {UpdateGoldenVariable}=1 once to write it.");
        var expected = File.ReadAllText(golden).Split('\n');
        var lines = actual.ToString().Split('\n');
        Assert.Equal(expected.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(expected[i], lines[i]);
        }
    }

    private static (DefaultHttpContext Context, byte[] Body) Execute(IResult result)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        result.ExecuteAsync(context).GetAwaiter().GetResult();
        return (context, body.ToArray());
    }

    private static string GoldenPath(string channelId, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden", $"rendered-{channelId}.jsonl");
}

/// <summary>Replies of every kind, with the characters that matter on the wire (non-ASCII, Markdown and HTML
/// syntax, quotes, control characters), rendered and addressed as the handler does.</summary>
internal static class RepresentativeReplies
{
    public static IEnumerable<List<Activity>> Sets(string channelId)
    {
        var renderer = new ReplyRenderers(Microsoft.Extensions.Options.Options.Create(new BotFrameworkOptions { MaxMessageBytes = 10 * 1024 })).For(channelId);
        foreach (var replies in Replies())
        {
            var activities = renderer.Render(replies).ToList();
            foreach (var activity in activities)
            {
                activity.ChannelId = channelId;
                activity.From = new ChannelAccount { Id = "28:bot", Name = "DisputeBot" };
                activity.Recipient = new ChannelAccount { Id = "29:user", Name = "Аня Ким" };
                activity.Conversation = new ConversationAccount { Id = "a:1;messageid=2@thread" };
                activity.ReplyToId = "id-1";
                activity.Locale = "ru-RU";
            }

            yield return activities;
        }
    }

    private static IEnumerable<IReadOnlyList<Reply>> Replies()
    {
        yield return [new TextReply("Hello! I help with *AliExpress* disputes.")];
        yield return [new TextReply("Посылка не пришла? 📦 Расскажите, что случилось.\r\nПодробности — <важно> & \"кавычки\" 'одинарные' \\ обратная черта\t табуляция\u0001")];
        yield return [new TextReply("Never close the dispute before the refund\nThe seller asks for this often.\n\n# not a heading\n1. not a list", ReplyTone.Warning)];
        yield return [new ChoicesReply("Did the package arrive?", [new("yes", "Yes"), new("no", "No"), new("partly", "Only part of it")], 3)];
        yield return [new ChoicesReply("도착했나요? «Да» или нет", [new("yes", "Да ✅"), new("no", "아니요"), new("a", "A"), new("b", "B"), new("c", "C"), new("d", "D"), new("e", "E <&>")], 12)];
        yield return
        [
            new ChecklistReply("Evidence checklist", [new("photos", "Photos of the parcel", true), new("video", "Unboxing video", false), new("chat", "Chat with the seller _before_ the dispute", false)], "Send what you have.\nThe rest can follow."),
            new ChoicesReply("Anything else?", [new("done", "Done"), new("more", "More")], 8),
        ];
        yield return
        [
            new CardReply("Dispute summary", [
                new CardSection("Deadlines", ["Last day: 4 December\nSource: the countdown", "Protection: 12 days left", "  "]),
                new CardSection("Description to paste", ["The parcel arrived empty.\nTracking: LP00123 ``` shown", "\r\nSecond line"], Copyable: true),
                new CardSection(" ", ["- not a bullet", "[link](x)"]),
            ]),
        ];
        var text = new StringBuilder();
        for (var i = 0; i < 60; i++)
        {
            text.Append("Строка ").Append(i).Append(": the parcel was scanned in a sorting centre, and nothing since then.\n");
        }

        yield return [new TextReply(text.ToString()), new ChoicesReply(text.ToString(0, 3_000), [new("yes", "Yes")], 40)];
        yield return [new TextReply(string.Empty), new TextReply("\n\n")];
    }
}
