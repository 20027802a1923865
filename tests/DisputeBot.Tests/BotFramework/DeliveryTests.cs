using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Replies sent through the Connector after the turn (ordinary delivery), per channel, and proactively.</summary>
public sealed class DeliveryTests : IAsyncLifetime, IDisposable
{
    private readonly ScriptedDialog _dialog = new();
    private readonly BotHost _host;
    private LocalHttpServer _connector = null!;

    public DeliveryTests() => _host = new BotHost(dialog: _dialog);

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartConnectorAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_ordinary_activity_is_answered_200_with_an_empty_body_and_the_replies_go_to_the_connector()
    {
        using var response = await _host.PostAsync(Activities.Message("hello", serviceUrl: _connector.Url("/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/conv-1/activities/act-1", request.RawTarget);
        Assert.Equal("You said: hello", Read(request).Text);
    }

    [Fact]
    public async Task Teams_replies_keep_the_service_url_prefix_and_escape_the_ids()
    {
        using var response = await _host.PostAsync(Activities.Teams("hello", _connector.Url("/amer/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "/amer/v3/conversations/a%3A1Xyz%3Bmessageid%3D1700000000000%40thread.tacv2/activities/1700000000001%3Bx%40y%3Az",
            Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task An_activity_without_an_id_is_answered_with_a_new_message_in_the_conversation()
    {
        await _host.PostAsync(Activities.Message("hello", serviceUrl: _connector.Url("/"), id: null));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/conv-1/activities", request.RawTarget);
        Assert.Null(Read(request).ReplyToId);
    }

    [Fact]
    public async Task Teams_shows_choices_as_hero_cards_with_im_back_buttons()
    {
        var update = Activities.ConversationUpdate("msteams", _connector.Url("/amer/"), TestIds.TeamsConversationId, TestIds.TeamsUserId);
        update["recipient"] = new JsonObject { ["id"] = TestIds.TeamsBotId };

        await _host.PostAsync(update);

        var question = Read(_connector.Requests[^1]);
        Assert.Equal("Did the package arrive?", question.Text);
        Assert.Equal("expectingInput", question.InputHint);
        Assert.Null(question.SuggestedActions);
        var attachment = Assert.Single(question.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.hero", attachment.ContentType);
        var card = attachment.Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!;
        Assert.Equal(["Yes", "No", "Only part of it"], card.Buttons.Select(b => b.Title ?? string.Empty).ToArray());
        Assert.All(card.Buttons, button => Assert.Equal("imBack", button.Type));
        Assert.All(card.Buttons, button => Assert.Equal(button.Title, button.Value!.Value.GetString()));
        Assert.Equal(TestIds.TeamsBotId, question.From?.Id);
        Assert.Equal(TestIds.TeamsUserId, question.Recipient?.Id);
    }

    [Fact]
    public async Task Teams_spreads_more_than_six_choices_over_several_cards()
    {
        await _host.PostAsync(Activities.Teams("many", _connector.Url("/amer/")));

        var question = Read(Assert.Single(_connector.Requests));
        var cards = question.Attachments!.Select(a => a.Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!).ToList();
        Assert.Equal([6, 2], cards.Select(c => c.Buttons.Count).ToArray());
        Assert.Equal("list", question.AttachmentLayout);
    }

    [Fact]
    public async Task A_teams_mention_of_the_bot_is_removed_from_the_text()
    {
        var message = Activities.Teams("<at>DisputeBot</at> where is my parcel?", _connector.Url("/amer/"));
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>DisputeBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = TestIds.TeamsBotId, ["name"] = "DisputeBot" },
        });

        await _host.PostAsync(message);

        Assert.Equal(new TextInput("where is my parcel?"), Assert.Single(_dialog.Turns).Input);
    }

    [Fact]
    public async Task A_mention_tag_naming_the_bot_is_removed_even_without_entities()
    {
        await _host.PostAsync(Activities.Teams("<at>DisputeBot</at> hi <at>Alice</at>", _connector.Url("/amer/")));

        Assert.Equal(new TextInput("hi <at>Alice</at>"), Assert.Single(_dialog.Turns).Input);
    }

    [Fact]
    public async Task A_reply_the_connector_refuses_is_kept_and_posted_by_the_sweeper_exactly_once()
    {
        // The Connector refuses for as long as the outage lasts, longer than the outbound pipeline's retries.
        var outage = true;
        await using var flaky = await LocalHttpServer.StartAsync((_, context) =>
        {
            if (Volatile.Read(ref outage))
            {
                context.Response.Headers.RetryAfter = "0";
                return LocalHttpServer.Json(context, HttpStatusCode.TooManyRequests, "{}");
            }

            return LocalHttpServer.Json(context, HttpStatusCode.OK, """{"id":"sent-1"}""");
        });
        await using var host = new BotHost(new() { ["Turns:OutboxRetryDelay"] = "00:00:00", ["Turns:OutboxSweepInterval"] = "01:00:00" }, _dialog);

        using var response = await host.PostAsync(Activities.Message("hello", serviceUrl: flaky.Url("/")));

        // The turn is saved with its reply: the user's message is taken, the reply is not lost.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = flaky.Requests.Count;
        Assert.True(refused > 1, "the pipeline retried the refused post");
        Volatile.Write(ref outage, false);
        var sweeper = host.Services.GetServices<IHostedService>().OfType<OutboxSweeper>().Single();
        Assert.Equal(1, await sweeper.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(0, await sweeper.SweepOnceAsync(CancellationToken.None));
        Assert.Equal(refused + 1, flaky.Requests.Count);
        Assert.Equal("/v3/conversations/conv-1/activities/act-1", flaky.Requests[^1].RawTarget);
        Assert.Equal("You said: hello", Read(flaky.Requests[^1]).Text);
    }

    [Fact]
    public async Task A_typing_indicator_is_sent_while_a_turn_is_working()
    {
        await using var host = new BotHost(new() { ["BotFramework:TypingDelay"] = "00:00:00" }, _dialog);
        _connector.Received += request =>
        {
            if (request.Body.Contains("\"type\":\"typing\"", StringComparison.Ordinal))
            {
                _dialog.SlowTurnGate.Set();
            }
        };

        using var response = await host.PostAsync(Activities.Message("slow", serviceUrl: _connector.Url("/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = _connector.Requests.Select(Read).ToList();
        Assert.Equal("typing", sent[0].Type);
        Assert.Equal("bot-1", sent[0].From?.Id);
        Assert.Equal("/v3/conversations/conv-1/activities", _connector.Requests[0].RawTarget);
        Assert.Equal("Done thinking", sent[^1].Text);
        Assert.Equal(1, sent.Count(a => a.Type == "message"));
    }

    [Fact]
    public async Task The_conversation_address_is_stored_and_a_message_sent_later_without_a_turn_reaches_it()
    {
        var message = Activities.Teams("hello", _connector.Url("/amer/"));
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestIds.TenantId } };
        await _host.PostAsync(message);
        var key = new ConversationKey("msteams", TestIds.TeamsConversationId);
        var stored = await _host.Services.GetRequiredService<IConversationStore>().LoadAsync(key, CancellationToken.None);
        var record = ConversationRecordJson.Deserialize(stored!.Payload.Span)!;

        var address = record.Address!;
        Assert.Equal(new ConversationAddress("msteams", TestIds.TeamsConversationId, _connector.Url("/amer/"), TestIds.TeamsBotId, TestIds.TeamsUserId, TestIds.TenantId), address);

        // The one path for proactive messages (reminders): an outbox entry with no activity to reply to.
        var sender = _host.Services.GetServices<IReplySender>().Single(s => s.Name == "botframework");
        var report = await sender.SendAsync(new PendingReplies(key, 7, sender.Name, address, null, "en-US", [new TextReply("Your protection ends in 3 days.")]), CancellationToken.None);

        Assert.True(report.Complete);
        var request = _connector.Requests[^1];
        Assert.Equal("/amer/v3/conversations/a%3A1Xyz%3Bmessageid%3D1700000000000%40thread.tacv2/activities", request.RawTarget);
        var activity = Read(request);
        Assert.Equal("Your protection ends in 3 days.", activity.Text);
        Assert.Equal(TestIds.TeamsBotId, activity.From?.Id);
        Assert.Equal(TestIds.TeamsUserId, activity.Recipient?.Id);
        Assert.Equal(TestIds.TenantId, activity.Conversation?.TenantId);
        Assert.Null(activity.ReplyToId);
    }

    [Fact]
    public async Task The_teams_tenant_is_stored_with_the_address()
    {
        var message = Activities.Teams("hello", _connector.Url("/amer/"));
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestIds.TenantId } };

        await _host.PostAsync(message);

        var stored = await _host.Services.GetRequiredService<IConversationStore>().LoadAsync(new ConversationKey("msteams", TestIds.TeamsConversationId), CancellationToken.None);
        var record = ConversationRecordJson.Deserialize(stored!.Payload.Span)!;
        Assert.Equal(TestIds.TenantId, record.Address?.TenantId);
    }

    private static Activity Read(RecordedRequest request) => JsonSerializer.Deserialize(request.Body, BotFrameworkJson.Context.Activity)!;
}
