namespace DisputeBot.Tests.Telegram;

/// <summary>
/// The bot in webhook mode on a real Kestrel port: at start it registers its URL and secret with the emulator, which
/// then POSTs each update to /api/telegram (with the secret header that tests/peers/telegram/emulator.js adds, as
/// real Telegram does).
/// </summary>
public sealed class TelegramEmulatorWebhookTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    [Fact]
    public async Task Updates_arrive_by_webhook_and_the_conversation_runs()
    {
        const long chat = 2001;
        var port = TelegramFreePort.Next();
        using var host = new TelegramHostFactory(new()
        {
            ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString(),
            ["Telegram:Mode"] = "webhook",
            ["Telegram:SecretToken"] = TelegramHostFactory.Secret,
            ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/api/telegram",
        });
        host.UseKestrel(port);
        host.StartServer();

        await emulator.SendCommandAsync(chat, "/start");
        var messages = await emulator.WaitForAsync(chat, m => m.Any(x => x.Buttons.Count > 0), "the first question");
        var question = messages[^1];

        await emulator.PressAsync(chat, question, question.DataFor("partly"));
        messages = await emulator.WaitForAsync(chat, m => m.Any(x => x.Text.StartsWith("Chose partly", StringComparison.Ordinal)), "the answer to a press");
        Assert.Equal(["✔️ Only part of it"], messages.Single(m => m.MessageId == question.MessageId).Buttons.Select(b => b.Text));

        await emulator.SendTextAsync(chat, "dear friend, close it please");
        messages = await emulator.WaitForAsync(chat, m => m[^1].Text.StartsWith("⚠️", StringComparison.Ordinal), "a warning");

        Assert.Equal(3, host.Dialog.Turns.Count);
    }
}
