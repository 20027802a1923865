using System.Globalization;
using DisputeBot.Tests.Calendar;

namespace DisputeBot.Tests.Telegram;

/// <summary>
/// "Add to my calendar" on Telegram: the telegram-test-api emulator receives the calendar file as a document
/// (sendDocument), and the file, downloaded back and read with ical.js, holds the deadlines the bot stated. (Polling
/// waits on the host's clock, so this host runs on the real one.)
/// </summary>
public sealed class TelegramCalendarTests(TelegramEmulator emulator) : IClassFixture<TelegramEmulator>
{
    [Fact]
    public async Task The_calendar_button_sends_a_document_whose_events_are_the_dates_the_bot_stated()
    {
        const long chat = 3101;
        using var host = new TelegramHostFactory(new()
        {
            ["Telegram:ApiRoot"] = emulator.ApiRoot.ToString(),
            ["Dialogs:Path"] = Path.Combine(TelegramEmulator.RepositoryRoot(), "dialogs"),
        }) { UseRealDialog = true };
        _ = host.Services;

        await emulator.SendCommandAsync(chat, "/start");
        var messages = await QuestionAsync(chat, 0, "no");
        await PressAsync(chat, messages[^1], "no");
        messages = await QuestionAsync(chat, messages.Count, "no_tracking");
        await PressAsync(chat, messages[^1], "no_tracking");
        messages = await QuestionAsync(chat, messages.Count, "no_timer");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await emulator.SendTextAsync(chat, "12 days left");
        messages = await QuestionAsync(chat, messages.Count, "dont_know");
        var todayAfter = DateOnly.FromDateTime(DateTime.UtcNow);
        await PressAsync(chat, messages[^1], "dont_know");
        messages = await QuestionAsync(chat, messages.Count, "other_payment");
        await PressAsync(chat, messages[^1], "other_payment");
        messages = await QuestionAsync(chat, messages.Count, "not_yet");
        await PressAsync(chat, messages[^1], "not_yet");

        // The deadlines, then the evidence question, which now offers the calendar.
        messages = await QuestionAsync(chat, messages.Count, "calendar");
        var stated = string.Join("\n", messages.Select(m => m.Text));
        var before = messages.Count;
        await PressAsync(chat, messages[^1], "calendar");
        messages = await emulator.WaitForAsync(chat, m => m.Skip(before).Any(x => x.Document is not null), "a document");

        var sent = messages.Skip(before).Single(m => m.Document is not null);
        Assert.Equal("aliexpress-deadlines.ics", sent.Document!["file_name"]!.GetValue<string>());
        Assert.Equal("text/calendar", sent.Document["mime_type"]!.GetValue<string>());
        Assert.StartsWith("Your deadlines as a calendar file", sent.Caption, StringComparison.Ordinal);

        // 12 days from the buyer's today (UTC: Telegram says no time zone) is the last day to open a dispute.
        // (The day may turn while the bot reads it: either side of midnight is right.)
        var calendar = await IcalJsPeer.ParseAsync(await emulator.DownloadAsync(sent));
        var events = calendar["events"]!.AsArray();
        var last = Assert.Single(events, e => (string?)e!["summary"] == "AliExpress: Last day to open a dispute");
        Assert.Contains((string?)last!["start"], new[] { today.AddDays(12), todayAfter.AddDays(12) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(events, e =>
        {
            var day = DateOnly.ParseExact((string)e!["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Contains(day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), stated, StringComparison.Ordinal);
            Assert.NotEmpty(e["alarms"]!.AsArray());
        });

        // The evidence question comes back after the file.
        await QuestionAsync(chat, messages.Count - 1, "calendar");
    }

    private async Task PressAsync(long chat, TelegramEmulatedMessage question, string choiceId) =>
        await emulator.PressAsync(chat, question, question.DataFor(choiceId));

    private Task<IReadOnlyList<TelegramEmulatedMessage>> QuestionAsync(long chat, int known, string choiceId) =>
        emulator.WaitForAsync(
            chat,
            m => m.Count > known && m[^1].Buttons.Count > 0 && m[^1].ChoiceIds.Contains(choiceId),
            $"a question offering '{choiceId}'");
}
