using DisputeBot.Channels.Telegram.Rendering;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.Telegram;

/// <summary>The bot in polling mode against the real telegram-test-api emulator, with the scripted dialog.</summary>
public sealed class TelegramEmulatorPollingTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    [Fact]
    public async Task A_conversation_runs_through_the_emulator_with_buttons_edits_warnings_and_cards()
    {
        const long chat = 1001;
        using var host = Host();

        await emulator.SendCommandAsync(chat, "/start");
        var messages = await emulator.WaitForAsync(chat, m => m.Any(x => x.Buttons.Count > 0), "the first question");
        var question = Assert.Single(messages);
        Assert.Equal("Hello &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;\nSecond line\n\nDid the package arrive?", question.Text);
        Assert.Equal("HTML", question.ParseMode, ignoreCase: true); // Telegram reads the mode case-insensitively; Telegram.Bot writes "Html".
        Assert.Equal(["1:yes", "1:no", "1:partly"], question.Buttons.Select(b => b.Data));

        await emulator.PressAsync(chat, question, question.DataFor("yes"));
        messages = await emulator.WaitForAsync(chat, m => m.Any(x => x.Buttons.Any(b => b.Data == "2:yes")), "the next question");
        var marked = messages.Single(m => m.MessageId == question.MessageId);
        Assert.Equal(question.Text, marked.Text);
        Assert.Equal([("✔️ Yes", TelegramCallbackData.Inert)], marked.Buttons.Select(b => (b.Text, b.Data)));
        Assert.Equal("Chose yes\n\nDid the package arrive?", messages[^1].Text);

        await emulator.PressAsync(chat, question, "1:no");
        await emulator.WaitForAsync(chat, m => m[^1].Text == "old button", "the answer to an old keyboard");

        await emulator.SendTextAsync(chat, "Dear friend, please close the dispute and we will resend a new one");
        messages = await emulator.WaitForAsync(chat, m => m[^1].Text.StartsWith("⚠️ <b>", StringComparison.Ordinal), "a warning");
        Assert.Equal("⚠️ <b>Do not close the dispute.</b>\nA resend promised outside the dispute is not binding.", messages[^1].Text);

        await emulator.SendCommandAsync(chat, "/summary");
        messages = await emulator.WaitForAsync(chat, m => m[^1].Text.Contains("<pre>", StringComparison.Ordinal), "the summary card");
        Assert.Equal("<b>Your dispute &lt;summary&gt;</b>\n\n<b>Problem</b>\n• Empty package\n• Seller said &lt;nothing&gt; &amp; left\n\n<b>Paste this</b>\n<pre>I received an empty package.\nOrder &lt;123&gt;</pre>", messages[^1].Text);

        var before = messages.Count;
        await emulator.SendTextAsync(chat, "long");
        messages = await emulator.WaitForAsync(chat, m => m.Count >= before + 3 && m[^1].Text.EndsWith("&gt;", StringComparison.Ordinal), "a long answer in parts");
        Assert.All(messages.Skip(before), m => Assert.InRange(m.Text.Length, 1, TelegramHtmlSplitter.MaxMessageLength));
    }

    [Fact]
    public async Task A_deep_link_start_keeps_its_payload_and_the_users_language_reaches_the_dialog()
    {
        const long chat = 1002;
        using var host = Host();

        await emulator.SendCommandAsync(chat, "/start@TestNameBot order_42", languageCode: "es");
        await emulator.WaitForAsync(chat, m => m.Any(x => x.Buttons.Count > 0), "the first question");

        var turn = Assert.Single(host.Dialog.Turns);
        Assert.Equal(new TextInput("/start order_42"), turn.Input);
        Assert.Equal("es", turn.Locale);
        Assert.Equal("1002", turn.UserId);
    }

    [Fact]
    public async Task Two_chats_are_served_side_by_side()
    {
        using var host = Host();

        await emulator.SendCommandAsync(1003, "/start");
        await emulator.SendCommandAsync(1004, "/start");
        await emulator.WaitForAsync(1003, m => m.Count == 1, "chat 1003's greeting");
        var other = await emulator.WaitForAsync(1004, m => m.Count == 1, "chat 1004's greeting");

        Assert.Equal("1:yes", other[0].Buttons[0].Data);
    }

    private TelegramHostFactory Host()
    {
        var host = new TelegramHostFactory(new() { ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString() });
        _ = host.Services;
        return host;
    }
}
