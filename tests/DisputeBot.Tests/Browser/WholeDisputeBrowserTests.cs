using System.Text.RegularExpressions;
using DisputeBot.Tests.DirectLine;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>A whole dispute on the web chat page in a real Chromium, against the real bot on a loopback port:
/// buttons, free text, a seller's trap, the evidence checklist and the summary.</summary>
public sealed partial class WholeDisputeBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly ChromiumBrowser _browser;
    private readonly DirectLineHost _host = new(realBot: true);
    private readonly Uri _address;

    public WholeDisputeBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_buyer_clicks_and_types_through_a_whole_dispute_to_the_summary()
    {
        var page = await _browser.NewPageAsync(1280, 900);
        var chat = new ChatPage(page);
        var failedSends = 0;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("send failed", StringComparison.OrdinalIgnoreCase))
            {
                failedSends++;
            }
        };

        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync(Pattern("did your package arrive"));
        await chat.WaitForButtonAsync(Pattern("^Yes"));

        await chat.ClickAsync(Pattern("^Yes"));
        await chat.WaitForButtonAsync(Pattern("^Empty package$"));

        await chat.SayAsync("the box came empty");
        await chat.WaitForBotAsync(Pattern("Empty package"));
        await chat.WaitForButtonAsync(Pattern("can.t see a timer"));

        await chat.SayAsync("12 days left");
        await chat.WaitForBotAsync(Pattern("12 days"));

        await chat.SayAsync("Dear friend, please close the dispute and we will resend a new one");
        await chat.WaitForBotAsync(Pattern("^⚠️"));
        await chat.ScreenshotAsync("whole-dispute-1-warning", Pattern("^⚠️"));

        await chat.ClickAsync(Pattern("^Today$"));
        await chat.ClickAsync(Pattern("PayPal"));
        await chat.ClickAsync(Pattern("don.t know"));
        await chat.ClickAsync(Pattern("^Not yet"));
        await chat.WaitForBotAsync(Pattern("Your deadlines"));
        await chat.WaitForButtonAsync(Pattern("^Done"));
        await chat.ScreenshotAsync("whole-dispute-2-checklist", Pattern(@"Evidence for"));

        await chat.ClickAsync(Pattern("unboxing"));
        await chat.WaitForBotAsync(Pattern(@"\(1 of 5"));
        await chat.ClickAsync(Pattern("^Done"));
        await chat.WaitForBotAsync(Pattern("Your dispute summary"));
        await chat.ScreenshotAsync("whole-dispute-3-summary", Pattern("Your dispute summary"));

        var texts = await chat.BotTextsAsync();
        var summary = texts.Last(t => t.Contains("Your dispute summary", StringComparison.Ordinal));
        Assert.Contains("Empty package", summary, StringComparison.Ordinal);
        Assert.Contains("12 days left", summary, StringComparison.Ordinal);
        Assert.Contains(texts, t => t.StartsWith("⚠️", StringComparison.Ordinal));
        Assert.Equal(0, failedSends);
        Assert.Equal(0, await page.Locator(".webchat__activity-status--send-failed, [class*=send-failed]").CountAsync());
        Assert.True(await chat.SuggestedActions.CountAsync() > 0, "The summary should offer what to do next.");
    }

    [Fact]
    public async Task On_a_phone_a_dispute_reads_well_and_the_buttons_fit_the_screen()
    {
        var page = await _browser.NewPageAsync(390, 844, phone: true);
        var chat = new ChatPage(page);

        await page.GotoAsync(_address.ToString());
        await chat.WaitForButtonAsync(Pattern("^No"));
        await chat.ClickAsync(Pattern("^No"));
        await chat.WaitForButtonAsync(Pattern("customs"));
        await chat.ScreenshotAsync("whole-dispute-phone-categories", Pattern("happening with the parcel"));
        await chat.ClickAsync(Pattern("customs"));
        await chat.WaitForButtonAsync(Pattern("can.t see a timer"));
        await chat.ScreenshotAsync("whole-dispute-phone-timer", Pattern("Got it"));

        var widest = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.webchat__suggested-actions button, .webchat__bubble')].map(e => e.getBoundingClientRect().right))");
        var pageWidth = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        Assert.True(widest <= 390, $"Something sticks out of the screen (right edge at {widest}px).");
        Assert.Equal(390, pageWidth);
    }

    [Fact]
    public async Task A_photo_sent_from_the_page_counts_as_evidence_and_is_named_not_shown()
    {
        var page = await _browser.NewPageAsync(1280, 900);
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.ClickAsync(Pattern("^Yes"));
        await chat.ClickAsync(Pattern("^Empty package$"));
        await chat.SayAsync("12 days left");
        await chat.ClickAsync(Pattern("^Today$"));
        await chat.ClickAsync(Pattern("PayPal"));
        await chat.ClickAsync(Pattern("don.t know"));
        await chat.ClickAsync(Pattern("^Not yet"));
        await chat.WaitForButtonAsync(Pattern("^Done"));

        await chat.SendFileAsync("empty-box.png", "image/png", OnePixelPng);
        await chat.WaitForBotAsync(Pattern(@"\(1 of 5"));
        await chat.ScreenshotAsync("whole-dispute-upload", Pattern(@"\(1 of 5"));

        Assert.Equal("empty-box.png", await page.Locator(".webchat__bubble--from-user .webchat__fileContent__fileName").Last.InnerTextAsync());
        Assert.Equal(0, await page.Locator(".webchat__bubble--from-user img").CountAsync());
    }

    private static byte[] OnePixelPng { get; } =
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase);
}
