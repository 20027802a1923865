using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.BotFramework;

/// <summary>One host with a scripted dialog, shared by a test class; each test uses its own users and conversations.</summary>
public sealed class ScriptedHostFixture : IDisposable
{
    public ScriptedHostFixture() => Host = new BotHost(dialog: Dialog);

    public ScriptedDialog Dialog { get; } = new();

    public BotHost Host { get; }

    public void Dispose() => Host.Dispose();
}

/// <summary>/api/messages in local anonymous mode: reading, answering, and what reaches the dialog.</summary>
public sealed class MessagesEndpointTests(ScriptedHostFixture fixture) : IClassFixture<ScriptedHostFixture>
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..10];

    private BotHost Host => fixture.Host;

    private string User1 => $"{_run}-user-1";

    private string User2 => $"{_run}-user-2";

    private string Conversation => $"{_run}-conv";

    private string ActivityId => $"{_run}-act";

    /// <summary>This test's turns only (the host is shared).</summary>
    private List<Turn> Turns => fixture.Dialog.Turns.Where(t => t.UserId.StartsWith(_run, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Unreadable_json_is_answered_400()
    {
        using var response = await PostRawAsync("{\"type\":\"message\", oops");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Turns);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"message\"")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_activity_object_is_answered_400(string body)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_without_a_type_is_answered_400_with_the_reason()
    {
        var activity = Message("hello");
        activity.Remove("type");

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task A_message_without_a_conversation_is_answered_400()
    {
        var activity = Message("hello");
        activity.Remove("conversation");

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation.id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_a_service_url_is_answered_400_when_replies_must_be_sent()
    {
        using var response = await Host.PostAsync(Message("hello", serviceUrl: null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_answered_413()
    {
        var activity = Message(new string('x', 300 * 1024));

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_without_a_content_length_is_answered_413()
    {
        var bytes = Encoding.UTF8.GetBytes(Message(new string('x', 300 * 1024)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Other_activity_types_are_answered_200_and_ignored(string type)
    {
        var activity = Message("hello");
        activity["type"] = type;

        using var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_addressed_back_to_the_user()
    {
        var replies = await Host.ExchangeAsync(Message("hello there"));

        var reply = Assert.Single(replies);
        Assert.Equal("message", reply.Type);
        Assert.Equal("You said: hello there", reply.Text);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Equal("bot-1", reply.From?.Id);
        Assert.Equal(User1, reply.Recipient?.Id);
        Assert.Equal(Conversation, reply.Conversation?.Id);
        Assert.Equal(ActivityId, reply.ReplyToId);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("webchat", reply.ChannelId);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public async Task The_turn_carries_the_activity_id_user_locale_and_utc_offset()
    {
        var activity = Message("hello");
        activity["localTimestamp"] = "2026-11-22T13:00:00+03:00";

        await Host.ExchangeAsync(activity);

        var turn = Assert.Single(Turns);
        Assert.Equal(ActivityId, turn.UpdateId);
        Assert.Equal(User1, turn.UserId);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal(TimeSpan.FromHours(3), turn.UtcOffset);
        Assert.Equal(new TextInput("hello"), turn.Input);
    }

    [Fact]
    public async Task A_redelivered_activity_is_answered_once()
    {
        var first = await Host.ExchangeAsync(Message("hello"));
        var second = await Host.ExchangeAsync(Message("hello"));

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task An_activity_without_an_id_is_recognised_by_its_content_when_redelivered()
    {
        var first = await Host.ExchangeAsync(Message("hello", id: null));
        var again = await Host.ExchangeAsync(Message("hello", id: null));
        var different = await Host.ExchangeAsync(Message("hello again", id: null));

        Assert.Single(first);
        Assert.Empty(again);
        Assert.Single(different);
        Assert.StartsWith("sha256:", Turns[0].UpdateId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_update_greets_each_added_member_who_is_not_the_bot()
    {
        var replies = await Host.ExchangeAsync(Update(["bot-1", User1, User2]));

        Assert.Equal(2, Turns.Count);
        Assert.All(Turns, turn => Assert.IsType<ConversationStartedInput>(turn.Input));
        Assert.Equal([User1, User2], Turns.Select(t => t.UserId).ToArray());
        Assert.Equal(4, replies.Count);
        Assert.Equal([User1, User1, User2, User2], replies.Select(r => r.Recipient?.Id ?? string.Empty).ToArray());
        Assert.All(replies, reply => Assert.Equal("bot-1", reply.From?.Id));
    }

    [Fact]
    public async Task Null_members_attachments_and_entities_are_skipped_not_a_server_error()
    {
        var update = Update(User1);
        ((JsonArray)update["membersAdded"]!).Add(null);
        var message = Message("hello");
        message["attachments"] = new JsonArray(null, new JsonObject { ["contentType"] = "image/png", ["name"] = "a.png" });
        message["entities"] = new JsonArray(null, 1, "x");

        var greeting = await Host.ExchangeAsync(update);
        var answer = await Host.ExchangeAsync(message);

        Assert.Equal(2, greeting.Count);
        Assert.Single(answer);
    }

    [Theory]
    [InlineData("""{"type":"message","from":"not an object"}""")]
    [InlineData("""{"type":"message","timestamp":"not a date"}""")]
    [InlineData("""{"type":"message","membersAdded":{}}""")]
    [InlineData("""{"type":42}""")]
    public async Task Fields_of_the_wrong_json_type_are_answered_400(string body)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_update_that_adds_only_the_bot_greets_nobody()
    {
        var replies = await Host.ExchangeAsync(Update(["bot-1"]));

        Assert.Empty(replies);
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task A_redelivered_conversation_update_greets_nobody_twice()
    {
        await Host.ExchangeAsync(Update([User1]));
        var again = await Host.ExchangeAsync(Update([User1]));

        Assert.Empty(again);
        Assert.Single(Turns);
    }

    [Fact]
    public async Task Web_chat_shows_choices_as_message_back_suggested_actions_carrying_the_choice_and_prompt()
    {
        var replies = await Host.ExchangeAsync(Update([User1]));

        var question = replies[^1];
        Assert.Equal("Did the package arrive?", question.Text);
        Assert.Equal("expectingInput", question.InputHint);
        Assert.Null(question.Attachments);
        var actions = question.SuggestedActions!.Actions;
        Assert.Equal(["Yes", "No", "Only part of it"], actions.Select(a => a.Title ?? string.Empty).ToArray());
        Assert.All(actions, action => Assert.Equal("messageBack", action.Type));
        Assert.All(actions, action => Assert.Equal(action.Title, action.DisplayText));
        Assert.All(actions, action => Assert.Equal(action.Title, action.Text));
        Assert.Equal("""{"choice":"partly","prompt":1}""", actions[2].Value!.Value.GetRawText());
        Assert.Equal("acceptingInput", replies[0].InputHint);
    }

    [Fact]
    public async Task A_button_press_reaches_the_dialog_as_a_choice_with_its_prompt()
    {
        var press = Message("Only part of it");
        press["value"] = new JsonObject { ["choice"] = "partly", ["prompt"] = 1 };

        var replies = await Host.ExchangeAsync(press);

        Assert.Equal(new ChoiceInput("partly", 1), Assert.Single(Turns).Input);
        Assert.Equal("Chose partly on prompt 1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task An_adaptive_card_submit_with_a_choice_id_is_a_choice()
    {
        var submit = Message(string.Empty);
        submit.Remove("text");
        submit["value"] = new JsonObject { ["choice"] = "no" };

        await Host.ExchangeAsync(submit);

        Assert.Equal(new ChoiceInput("no", null), Assert.Single(Turns).Input);
    }

    [Fact]
    public async Task An_adaptive_card_submit_without_a_choice_id_is_text()
    {
        var submit = Message(string.Empty);
        submit["value"] = new JsonObject { ["text"] = " 12 days left " };

        await Host.ExchangeAsync(submit);

        Assert.Equal(new TextInput("12 days left"), Assert.Single(Turns).Input);
    }

    [Fact]
    public async Task A_value_whose_choice_is_not_a_choice_id_falls_back_to_the_text()
    {
        var press = Message("Yes");
        press["value"] = new JsonObject { ["choice"] = "Robert'); DROP TABLE--" };

        await Host.ExchangeAsync(press);

        Assert.Equal(new TextInput("Yes"), Assert.Single(Turns).Input);
    }

    [Fact]
    public async Task An_adaptive_card_action_invoke_runs_a_choice_and_answers_an_invoke_response()
    {
        var invoke = Message(string.Empty);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["choice"] = "yes", ["prompt"] = 4 } } };
        await using var connector = await LocalHttpServer.StartConnectorAsync();
        invoke["serviceUrl"] = connector.BaseAddress.ToString();

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(new ChoiceInput("yes", 4), Assert.Single(Turns).Input);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_know_is_answered_501()
    {
        var invoke = Message(string.Empty);
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        using var response = await Host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task A_message_with_nothing_to_answer_runs_no_turn()
    {
        var replies = await Host.ExchangeAsync(Message("   "));

        Assert.Empty(replies);
        Assert.Empty(Turns);
    }

    [Fact]
    public async Task Files_reach_the_dialog_as_attachments_with_their_kind_name_and_type()
    {
        var message = Message("the damaged box");
        message["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "image/jpeg", ["contentUrl"] = "https://files.example/1", ["name"] = "box.jpg" },
            new JsonObject { ["contentType"] = "video/mp4", ["contentUrl"] = "https://files.example/2", ["name"] = "unboxing.mp4" },
            new JsonObject { ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = "receipt.pdf", ["content"] = new JsonObject { ["fileType"] = "pdf" } },
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>the damaged box</p>" });

        var replies = await Host.ExchangeAsync(message);

        var input = Assert.IsType<AttachmentInput>(Assert.Single(Turns).Input);
        Assert.Equal("the damaged box", input.Caption);
        Assert.Equal(
            [new EvidenceFile(EvidenceFileKind.Photo, "box.jpg", "image/jpeg", null), new EvidenceFile(EvidenceFileKind.Video, "unboxing.mp4", "video/mp4", null), new EvidenceFile(EvidenceFileKind.Document, "receipt.pdf", null, null)],
            input.Files);
        Assert.Single(replies);
    }

    [Fact]
    public async Task A_message_of_more_than_40_kilobytes_is_split_into_messages_that_each_fit()
    {
        var replies = await Host.ExchangeAsync(Message("long"));

        Assert.True(replies.Count > 2, $"{replies.Count} messages");
        Assert.All(replies, reply => Assert.True(JsonSerializer.SerializeToUtf8Bytes(reply, BotFrameworkJson.Context.Activity).Length <= 40 * 1024));
        var lines = string.Join("  \n", replies.Select(r => r.Text)).Split("  \n");
        Assert.Equal(2000, lines.Length);
        Assert.Equal("Line 1999: the parcel was scanned in a sorting centre, and nothing since then.", lines[^1]);
    }

    [Fact]
    public async Task A_warning_starts_with_the_warning_sign_and_a_bold_first_line()
    {
        var reply = Assert.Single(await Host.ExchangeAsync(Message("warn")));

        Assert.Equal("⚠️ **Never close the dispute before the refund**  \nThe seller asks for this often.", reply.Text);
    }

    [Fact]
    public async Task A_card_shows_its_title_headings_bullets_and_copyable_text_as_a_code_block()
    {
        var reply = Assert.Single(await Host.ExchangeAsync(Message("card")));

        Assert.Equal(
            "**Your dispute**\n\n**Problem**\n\n- Not received\n- Ordered \\*2\\* \\[pcs\\]\n\n**Description to paste**\n\n````\nI ordered 2 items.\nOnly ``` 1 arrived.\n````",
            reply.Text);
    }

    [Fact]
    public async Task A_checklist_shows_done_and_open_items()
    {
        var reply = Assert.Single(await Host.ExchangeAsync(Message("checklist")));

        Assert.Equal("**Evidence**\n\n✅ Photo of the label  \n⬜ Unboxing video\n\n_1 of 2 done_", reply.Text);
    }

    [Fact]
    public async Task Markdown_characters_in_replies_are_escaped()
    {
        var replies = await Host.ExchangeAsync(Update([User1]));

        Assert.Equal("Hello! I help with \\*AliExpress\\* disputes.", replies[0].Text);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await Host.CreateClient().PostAsync("/api/messages", content);
    }

    private JsonObject Message(string text, string? serviceUrl = "https://webchat.botframework.com/", string? id = "") =>
        Activities.Message(text, serviceUrl: serviceUrl, conversationId: Conversation, id: id == string.Empty ? ActivityId : id, userId: User1);

    private JsonObject Update(params string[] members) => Activities.ConversationUpdate(conversationId: Conversation, membersAdded: members);
}
