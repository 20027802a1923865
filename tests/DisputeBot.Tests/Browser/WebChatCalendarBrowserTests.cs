using System.Globalization;
using System.Text.RegularExpressions;
using DisputeBot.Tests.Calendar;
using DisputeBot.Tests.DirectLine;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>
/// The calendar file on the web chat page, in a real Chromium against the real bot (on the real clock): the link the
/// transcript shows downloads the deadlines when clicked, with the conversation's own token added as it is used.
/// </summary>
public sealed partial class WebChatCalendarBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly ChromiumBrowser _browser;
    private readonly DirectLineHost _host = new(realBot: true);
    private readonly Uri _address;

    public WebChatCalendarBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Clicking_the_calendar_link_downloads_the_deadlines_with_the_conversations_token()
    {
        var page = await _browser.NewPageAsync();
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync("I help you get your money back");
        await chat.SayAsync("no");
        await chat.SayAsync("no tracking information");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await chat.SayAsync("12 days left");
        var todayAfter = DateOnly.FromDateTime(DateTime.UtcNow);
        await chat.SayAsync("/calendar");
        var link = page.Locator("a[href*='/files/']").Last;
        await link.WaitForAsync();
        var shown = await link.GetAttributeAsync("href");
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("webchat-calendar-link") });

        // Web Chat may open the link in a new tab: the download is the context's, whichever page starts it.
        var downloaded = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Context.Download += (_, download) => downloaded.TrySetResult(download);
        await link.ClickAsync();
        var download = await downloaded.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var path = await download.PathAsync();
        var clicked = new Uri(download.Url);
        // The browser's download does not surface its response: the same URL asked again shows what it answered, and
        // the link as shown, without the page's token, what it would have answered.
        var again = await page.Context.APIRequest.GetAsync(download.Url);
        var bare = await page.Context.APIRequest.GetAsync(shown!.StartsWith('/') ? _address + shown[1..] : shown);

        Assert.DoesNotContain("t=", shown, StringComparison.Ordinal);
        Assert.Matches(FilePath(), clicked.AbsolutePath);
        Assert.StartsWith("?t=", clicked.Query, StringComparison.Ordinal);
        Assert.Null(await download.FailureAsync());
        Assert.Equal(200, again.Status);
        Assert.StartsWith("text/calendar", again.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(401, bare.Status);
        Assert.Equal("aliexpress-deadlines.ics", download.SuggestedFilename);
        var calendar = await IcalJsPeer.ParseAsync(await File.ReadAllBytesAsync(path));
        var last = Assert.Single(calendar["events"]!.AsArray(), e => (string?)e!["summary"] == "AliExpress: Last day to open a dispute");
        // 12 days from today, as the buyer said (either side of a midnight passing meanwhile).
        Assert.Contains((string)last!["start"]!, new[] { today.AddDays(12), todayAfter.AddDays(12) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^/v3/directline/conversations/[^/]+/files/\d+/\d+$")]
    private static partial Regex FilePath();
}
