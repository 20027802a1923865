using System.Globalization;
using DisputeBot.Channels.Telegram;
using DisputeBot.Channels.Telegram.Receiving;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Tests.Telegram;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Reminders;

/// <summary>
/// A reminder reaches a Telegram chat: the whole host (real dialog, in-memory store and schedule) on a clock the test
/// moves, sending to the telegram-test-api emulator. The buyer's turns run through the host's turn pipeline as the
/// Telegram channel runs them; the reminder goes out by sendMessage with its buttons, once.
/// </summary>
public sealed class TelegramReminderTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    [Fact]
    public async Task A_telegram_buyer_gets_the_reminder_with_its_buttons_at_ten_in_the_morning_uk_time_three_days_before_the_last_day()
    {
        const long chat = 4101;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        using var host = new TelegramHostFactory(new()
        {
            ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString(),
            ["Dialogs:Path"] = Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs"),
            ["Reminders:SweepInterval"] = "01:00:00",
        }) { UseRealDialog = true, Clock = clock };
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();
        var dispatcher = host.Services.GetRequiredService<ReplyDispatcher>();
        var sweeper = host.Services.GetRequiredService<ReminderSweeper>();

        var key = new ConversationKey(TelegramUpdateHandler.Channel, chat.ToString(CultureInfo.InvariantCulture));
        var address = new ConversationAddress(key.Channel, key.ConversationId);
        var route = new ReplyRoute(TelegramReplySender.SenderName);
        var update = 0;
        foreach (var input in new[] { "/start", "[no]", "[in_transit]", "12 days left", "2026-02-20", "[paypal]", "18 February", "[not_yet]", "[remind]" })
        {
            TurnInput turnInput = input.StartsWith('[') ? new ChoiceInput(input[1..^1], null) : new TextInput(input);
            var result = await pipeline.RunAsync(key, new Turn($"u{++update}", "buyer", "en", turnInput), address, route, default);
            await dispatcher.DeliverAsync(key, result, route, address, default);
        }

        var before = (await emulator.WaitForAsync(chat, m => m.Any(x => x.Text.StartsWith("Reminders are on.", StringComparison.Ordinal)), "the reminders confirmed")).Count;

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 19, 9, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await sweeper.SweepOnceAsync(default));
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 19, 10, 0, 0, TimeSpan.Zero));
        await sweeper.SweepOnceAsync(default);
        await sweeper.SweepOnceAsync(default);

        var messages = await emulator.WaitForAsync(chat, m => m.Count > before && m[^1].Text.StartsWith('⏰'), "the reminder");
        var reminder = Assert.Single(messages.Skip(before));
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 22 March 2026 (3 days left).", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["deadlines", "snooze_4_3", "remind_stop"], reminder.ChoiceIds);
    }
}
