using System.Text.RegularExpressions;
using DisputeBot.Tests.DirectLine;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeBot.Tests.Browser;

/// <summary>A reminder on the self-hosted web chat: the buyer turns reminders on in a real Chromium and leaves; days
/// later (the host's clock moved) the reminder joins the conversation's log, and the page shows it when the buyer
/// comes back, once. The real bot on a loopback port, in-memory store.</summary>
public sealed class WebChatReminderBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    /// <summary>The buyer's countdown (12 days left on 22 November, the host clock's start) ends on 4 December: a
    /// reminder 3 days before, at 10:00 UK time (UTC in winter), the page giving no other zone.</summary>
    private static readonly DateTimeOffset ThreeDaysBefore = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly ChromiumBrowser _browser;
    // Swept by the test alone: the host's own sweep would wait an hour.
    private readonly DirectLineHost _host = new(new Dictionary<string, string?> { ["Reminders:SweepInterval"] = "01:00:00" }, realBot: true, realBotOnClock: true);
    private readonly Uri _address;

    public WebChatReminderBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_buyer_who_comes_back_after_the_reminder_was_due_finds_it_under_the_history_once()
    {
        var page = await _browser.NewPageAsync(1280, 900);
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForButtonAsync(Pattern("^No, it didn.t"));
        await chat.ClickAsync(Pattern("^No, it didn.t"));
        await chat.ClickAsync(Pattern("^Still on its way$"));
        await chat.SayAsync("12 days left");
        await chat.WaitForBotAsync(Pattern("4 December 2026"));
        await chat.SayAsync("2026-11-01");
        await chat.ClickAsync(Pattern("^PayPal$"));
        await chat.SayAsync("30 October");
        await chat.ClickAsync(Pattern("^Not yet"));
        await chat.ClickAsync(Pattern("Remind me of my dates"));
        await chat.WaitForBotAsync(Pattern("^Reminders are on"));

        // The buyer leaves; nine days later (1 December) the reminder is due and an instance's sweep sends it.
        await page.GotoAsync("about:blank");
        _host.Clock.SetUtcNow(ThreeDaysBefore);
        var sweeper = _host.Services.GetRequiredService<ReminderSweeper>();
        Assert.Equal(1, await sweeper.SweepOnceAsync(default));
        Assert.Equal(0, await sweeper.SweepOnceAsync(default));

        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync(Pattern("^⏰ Reminder"));
        await chat.ScreenshotAsync("webchat-reminder", Pattern("^⏰ Reminder"));

        var texts = await chat.BotTextsAsync();
        var reminder = Assert.Single(texts, t => t.StartsWith("⏰ Reminder", StringComparison.Ordinal));
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 4 December 2026 (3 days left).", reminder, StringComparison.Ordinal);
        Assert.True(texts.ToList().FindIndex(t => t.StartsWith("Reminders are on", StringComparison.Ordinal)) < texts.ToList().IndexOf(reminder));
        await chat.WaitForButtonAsync(Pattern("^Remind me tomorrow$"));
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase);
}
