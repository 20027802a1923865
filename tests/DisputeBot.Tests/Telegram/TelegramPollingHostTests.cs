using System.Text.Json.Nodes;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Telegram;

/// <summary>The bot host in polling mode against an in-process Bot API.</summary>
public sealed class TelegramPollingHostTests : IDisposable
{
    private const long Chat = 4242;
    private readonly TelegramFakeBotApi _api = new();
    private readonly TelegramHostFactory _host;

    public TelegramPollingHostTests()
    {
        // "Typing" at once: these tests see it go out before the reply and fail without harm.
        _host = TelegramHostFactory.Polling(_api, new() { ["Telegram:TypingDelay"] = "00:00:00" });
        _ = _host.Services;
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Start_registers_the_command_menu()
    {
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Method == "setMyCommands"));

        var commands = calls.Single(c => c.Method == "setMyCommands" && c.Body["language_code"] is null).Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>());
        Assert.Equal(["start", "help", "restart", "deadlines", "evidence", "summary", "reminders", "calendar", "language", "forget", "human"], commands);
    }

    [Fact]
    public async Task A_start_command_is_answered_in_html_with_every_text_escaped_and_a_keyboard()
    {
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(1, Chat, "/start@DisputeBot", "pt-BR"));

        var calls = await WaitForMessagesAsync(1);

        var turn = Assert.Single(_host.Dialog.Turns);
        Assert.Equal(new Turn("1", Chat.ToString(System.Globalization.CultureInfo.InvariantCulture), "pt-BR", new TextInput("/start")), turn);
        var sent = Assert.Single(calls, c => c.Method == "sendMessage");
        Assert.Equal("HTML", sent.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal(Chat, sent.ChatId);
        Assert.Equal("Hello &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;\nSecond line\n\nDid the package arrive?", sent.Text);
        Assert.Equal([("Yes", "1:yes"), ("No", "1:no"), ("Only part of it", "1:partly")], sent.Keyboard.SelectMany(r => r));
        Assert.True(calls.ToList().FindIndex(c => c.Method == "sendChatAction") < calls.ToList().FindIndex(c => c.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_button_press_is_answered_first_then_handled_and_its_keyboard_shrinks_to_the_choice_made()
    {
        var question = await StartAsync();

        _api.EnqueueUpdates(Press(2, question, "1:yes"));
        var calls = (await WaitForMessagesAsync(2)).ToList();

        Assert.Equal(new ChoiceInput("yes", 1), _host.Dialog.Turns.Last().Input);
        var answered = calls.FindIndex(c => c.Method == "answerCallbackQuery");
        var edited = calls.FindIndex(c => c.Method == "editMessageReplyMarkup");
        var replied = calls.FindLastIndex(c => c.Method == "sendMessage");
        Assert.True(answered >= 0 && answered < edited && edited < replied);
        Assert.Equal("cb-2", calls[answered].Body["callback_query_id"]!.GetValue<string>());
        var edit = calls[edited];
        Assert.Equal(MessageId(question), edit.Body["message_id"]!.GetValue<long>());
        Assert.Null(edit.Text);
        Assert.Equal([("✔️ Yes", TelegramCallbackData.Inert)], edit.Keyboard.SelectMany(r => r));
        Assert.Equal("2:yes", calls[replied].Keyboard[0][0].Data);
    }

    [Fact]
    public async Task A_press_on_an_old_keyboard_reaches_the_dialog_with_its_prompt_and_gets_a_graceful_answer()
    {
        var question = await StartAsync();
        _api.EnqueueUpdates(Press(2, question, "1:yes"));
        await WaitForMessagesAsync(2);

        _api.EnqueueUpdates(Press(3, question, "1:no"));
        var calls = await WaitForMessagesAsync(3);

        Assert.Equal(new ChoiceInput("no", 1), _host.Dialog.Turns.Last().Input);
        Assert.Equal("old button", calls.Last(c => c.Method == "sendMessage").Text);
        Assert.Equal(2, calls.Count(c => c.Method == "answerCallbackQuery"));
    }

    [Fact]
    public async Task A_press_on_the_button_that_shows_a_past_choice_is_answered_and_ignored()
    {
        var question = await StartAsync();

        _api.EnqueueUpdates(Press(2, question, TelegramCallbackData.Inert), TelegramTestSupport.TextUpdate(3, Chat, "after"));
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Text == "You said: after"));

        Assert.Equal("cb-2", Assert.Single(calls, c => c.Method == "answerCallbackQuery").Body["callback_query_id"]!.GetValue<string>());
        Assert.DoesNotContain(calls, c => c.Method == "editMessageReplyMarkup");
        Assert.Equal(2, _host.Dialog.Turns.Count);
    }

    [Fact]
    public async Task A_press_whose_message_text_is_unknown_just_loses_its_keyboard()
    {
        await StartAsync();

        _api.EnqueueUpdates("""{"update_id":2,"callback_query":{"id":"cb","from":{"id":4242},"message":{"message_id":102,"date":1,"chat":{"id":4242}},"data":"1:no"}}""");
        var calls = await _api.WaitForAsync(c => c.Any(x => x.Method == "editMessageReplyMarkup"));

        var edit = calls.Single(c => c.Method == "editMessageReplyMarkup");
        Assert.Equal(102, edit.Body["message_id"]!.GetValue<long>());
        Assert.Empty(edit.Body["reply_markup"]!["inline_keyboard"]!.AsArray());
    }

    [Fact]
    public async Task Other_update_kinds_are_acknowledged_ignored_and_confirmed()
    {
        _api.EnqueueUpdates(
            """{"update_id":20,"edited_message":{"message_id":1,"date":1,"chat":{"id":4242},"from":{"id":4242},"text":"edit"}}""",
            """{"update_id":21,"channel_post":{"message_id":1,"date":1,"chat":{"id":-100},"text":"post"}}""",
            """{"update_id":22,"my_chat_member":{"chat":{"id":4242},"from":{"id":4242},"date":1}}""",
            """{"update_id":23,"callback_query":{"id":"foreign","from":{"id":4242},"message":{"message_id":1,"date":1,"chat":{"id":4242}},"data":"{json}"}}""",
            """{"update_id":24,"message":{"message_id":2,"date":1,"chat":{"id":4242},"from":{"id":4242},"sticker":{"file_id":"s"}}}""",
            TelegramTestSupport.TextUpdate(25, Chat, "hi"));

        var calls = await _api.WaitForAsync(c => c.Any(x => x.Method == "getUpdates" && x.Body["offset"]?.GetValue<long>() == 26));

        Assert.Equal("You said: hi", Assert.Single(calls, c => c.Method == "sendMessage").Text);
        Assert.Equal("foreign", Assert.Single(calls, c => c.Method == "answerCallbackQuery").Body["callback_query_id"]!.GetValue<string>());
        Assert.Single(_host.Dialog.Turns);
    }

    [Fact]
    public async Task Evidence_files_reach_the_dialog_with_the_size_and_type_telegram_reported()
    {
        _api.EnqueueUpdates("""
            {"update_id":30,"message":{"message_id":3,"date":1,"chat":{"id":4242},"from":{"id":4242},
             "photo":[{"file_id":"a","width":90,"height":90,"file_size":1200},{"file_id":"b","width":1280,"height":960,"file_size":2600000}]}}
            """);

        var calls = await WaitForMessagesAsync(1);

        Assert.Equal("Got Photo - image/jpeg 2600000", calls.Single(c => c.Method == "sendMessage").Text);
    }

    [Fact]
    public async Task A_long_reply_is_sent_in_parts_each_within_the_limit_and_nothing_is_lost()
    {
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(40, Chat, "long"));

        // The scripted text is about 12,000 characters once escaped: several messages, all words in them.
        const int words = 16 * 40 * 3;
        var calls = await _api.WaitForAsync(c => Words(c).Length >= words);

        var parts = calls.Where(c => c.Method == "sendMessage").Select(c => c.Text!).ToList();
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtmlSplitter.MaxMessageLength));
        Assert.Equal(words, Words(calls).Length);
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("&gt;", p, StringComparison.Ordinal));
    }

    private static string[] Words(IEnumerable<TelegramRecordedCall> calls) =>
        string.Join(" ", calls.Where(c => c.Method == "sendMessage").Select(c => c.Text)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Html_that_telegram_refuses_is_resent_as_plain_text()
    {
        var refused = 0;
        _api.Respond = call => call.Method == "sendMessage" && call.Body["parse_mode"] is not null && ++refused == 1
            ? TelegramFakeBotApi.Error(400, "Bad Request: can't parse entities: unsupported start tag")
            : null;
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(50, Chat, "/start"));

        var calls = await WaitForMessagesAsync(2);

        var plain = calls.Where(c => c.Method == "sendMessage").ElementAt(1);
        Assert.Null(plain.Body["parse_mode"]);
        Assert.Equal("Hello " + TelegramScriptedDialog.HostileText + "\nSecond line\n\nDid the package arrive?", plain.Text);
    }

    [Fact]
    public async Task An_update_delivered_twice_is_answered_once()
    {
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(60, Chat, "once"));
        await WaitForMessagesAsync(1);

        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(60, Chat, "once"), TelegramTestSupport.TextUpdate(61, Chat, "then"));
        var calls = await WaitForMessagesAsync(2);

        Assert.Equal(["You said: once", "You said: then"], calls.Where(c => c.Method == "sendMessage").Select(c => c.Text));
    }

    [Fact]
    public async Task An_update_handled_before_a_restart_is_recognised_by_the_stored_state_and_answered_once()
    {
        // Two handlers over one store stand for two processes (or one process before and after a restart):
        // the in-memory set of recent ids does not survive, the stored update ids do.
        var time = TimeProvider.System;
        var store = new InMemoryConversationStore(time, Options.Create(new StateStoreOptions()));
        var dialog = new TelegramScriptedDialog();
        var update = TelegramTestSupport.Parse(TelegramTestSupport.TextUpdate(70, Chat, "again"));

        foreach (var process in new[] { 1, 2 })
        {
            var pipeline = new TurnPipeline(store, dialog, time, Options.Create(new TurnPipelineOptions()), new TelegramRecordingLogger<TurnPipeline>());
            var client = TelegramTestSupport.Client(_api);
            var sender = new TelegramReplySender(client, new TelegramReplyRenderer(new TelegramRecordingLogger<TelegramReplyRenderer>()), new TelegramRecordingLogger<TelegramReplySender>());
            var replies = new ReplyDispatcher(store, [sender], Options.Create(new TurnPipelineOptions()), new TelegramRecordingLogger<ReplyDispatcher>());
            var handler = new TelegramUpdateHandler(pipeline, replies, client, Options.Create(TelegramTestSupport.Options()), time, new TelegramRecordingLogger<TelegramUpdateHandler>());
            await handler.HandleAsync(update, callbackAnswered: false, CancellationToken.None);
        }

        Assert.Single(_api.Calls, c => c.Method == "sendMessage" && c.Text == "You said: again");
        Assert.Single(dialog.Turns);
    }

    [Fact]
    public async Task Typing_and_the_command_menu_are_best_effort()
    {
        _api.Respond = call => call.Method is "sendChatAction" or "setMyCommands"
            ? TelegramFakeBotApi.Json(System.Net.HttpStatusCode.InternalServerError, """{"message":"not supported"}""")
            : null;
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(80, Chat, "still answered"));

        var calls = await WaitForMessagesAsync(1);

        Assert.Equal("You said: still answered", calls.Single(c => c.Method == "sendMessage").Text);
    }

    private async Task<TelegramRecordedCall> StartAsync()
    {
        _api.EnqueueUpdates(TelegramTestSupport.TextUpdate(1, Chat, "/start"));
        var calls = await WaitForMessagesAsync(1);
        return calls.Last(c => c.Method == "sendMessage");
    }

    private Task<IReadOnlyList<TelegramRecordedCall>> WaitForMessagesAsync(int count) =>
        _api.WaitForAsync(c => c.Count(x => x.Method == "sendMessage") >= count);

    /// <summary>The id the fake gave the message: sendMessage calls are numbered from 101.</summary>
    private long MessageId(TelegramRecordedCall sent) => 101 + _api.CallsTo("sendMessage").ToList().IndexOf(sent);

    /// <summary>A press on a message the bot sent, carrying the message as Telegram does.</summary>
    private string Press(long updateId, TelegramRecordedCall message, string data) => new JsonObject
    {
        ["update_id"] = updateId,
        ["callback_query"] = new JsonObject
        {
            ["id"] = "cb-" + updateId,
            ["from"] = new JsonObject { ["id"] = Chat, ["is_bot"] = false },
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = MessageId(message),
                ["date"] = 1,
                ["chat"] = new JsonObject { ["id"] = Chat, ["type"] = "private" },
                ["text"] = message.Text,
                ["reply_markup"] = message.Body["reply_markup"]!.DeepClone(),
            },
        },
    }.ToJsonString();
}
