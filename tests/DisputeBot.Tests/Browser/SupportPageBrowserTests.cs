using System.Text.Json;
using System.Text.RegularExpressions;
using DisputeBot.Analytics;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Tests.DirectLine;
using DisputeBot.Tests.Support;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>The support page in a real Chromium against the real bot: two conversations just had (one on the web chat
/// page, one on Telegram's path through the turn pipeline), then a support lead signs in and reads them in the charts
/// and tables.</summary>
public sealed partial class SupportPageBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private static readonly string[] TelegramBuyer = ["my order is still in transit", "what should i do now?"];

    private readonly ChromiumBrowser _browser;
    private readonly DirectLineHost _host = new(new Dictionary<string, string?> { ["Support:AccessKey"] = SupportPageTests.AccessKey }, realBot: true);
    private readonly Uri _address;

    public SupportPageBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_support_lead_signs_in_and_sees_the_conversations_just_had_in_the_charts()
    {
        // A buyer on the web chat page asks where the countdown is, then says what went wrong.
        var chatPage = await _browser.NewPageAsync(1280, 900);
        var chat = new ChatPage(chatPage);
        await chatPage.GotoAsync(_address.ToString());
        await chat.WaitForButtonAsync(Pattern("^Yes"));
        await chat.SayAsync("where do i find the timer?");
        await chat.WaitForBotAsync(Pattern("My Orders"));
        await chat.ClickAsync(Pattern("^Yes"));
        await chat.SayAsync("the box came empty");
        await chat.WaitForButtonAsync(Pattern("can.t see a timer"));

        // A buyer on Telegram whose order never came asks something the bot cannot answer.
        var pipeline = _host.Services.GetRequiredService<TurnPipeline>();
        var telegram = new ConversationKey("telegram", "support-page-buyer");
        var turn = 0;
        foreach (var text in TelegramBuyer)
        {
            var result = await pipeline.RunAsync(telegram, new Turn($"t{++turn}", "buyer", "en-GB", new TextInput(text)), null, default);
            Assert.Equal(TurnOutcome.Answered, result.Outcome);
        }

        await _host.Services.GetRequiredService<AnalyticsWriter>().FlushAsync(default);

        var page = await _browser.NewPageAsync(1400, 1000);
        await page.GotoAsync(new Uri(_address, "/support/").ToString());
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("support-1-sign-in") });
        await page.FillAsync("#key", SupportPageTests.AccessKey);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("support-2-charts"), FullPage = true });

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "disputebot_support");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("2", await page.InnerTextAsync("#started"));
        Assert.Equal(2, await ChartSumAsync(page, "chart-conversations"));
        Assert.Equal(2, await page.EvaluateAsync<int>("() => Chart.getChart('chart-conversations').data.datasets.length"));
        Assert.Equal(new long[] { 2, 2, 0, 0 }, await ChartDataAsync(page, "chart-funnel", 0));
        Assert.Equal(new long[] { 1 }, await ChartDataAsync(page, "chart-questions", 0));
        Assert.Equal(2, await ChartSumAsync(page, "chart-problems"));

        Assert.Equal("1", await CellAsync(page, "questions", "Where do I find the buyer-protection countdown?"));
        Assert.Equal("1", await CellAsync(page, "problems", "Empty package"));
        Assert.Equal("1", await CellAsync(page, "not-understood", "what should i do now?"));
        Assert.Equal("50 %", await page.InnerTextAsync("#deflection"));

        var csv = await page.Context.APIRequest.GetAsync(new Uri(_address, "/support/export/questions.csv").ToString());
        Assert.Equal(200, csv.Status);
        Assert.Contains("where_is_timer,Where do I find the buyer-protection countdown?,1", await csv.TextAsync(), StringComparison.Ordinal);

        // Signed out, the report is closed again.
        await page.ClickAsync("text=Sign out");
        await page.WaitForSelectorAsync("#key");
        Assert.Equal(401, (await page.Context.APIRequest.GetAsync(new Uri(_address, "/support/report").ToString())).Status);
    }

    private static async Task<long> ChartSumAsync(IPage page, string id) =>
        await page.EvaluateAsync<long>($"() => Chart.getChart('{id}').data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)");

    private static async Task<long[]> ChartDataAsync(IPage page, string id, int dataset) =>
        JsonSerializer.Deserialize<long[]>((await page.EvaluateAsync<JsonElement>($"() => Chart.getChart('{id}').data.datasets[{dataset}].data")).GetRawText())!;

    /// <summary>The count in the row of <paramref name="table"/> whose first cell is <paramref name="label"/>.</summary>
    private static Task<string> CellAsync(IPage page, string table, string label) =>
        page.Locator($"table[data-table='{table}'] tr").Filter(new() { Has = page.Locator("td", new() { HasTextString = label }) }).Locator("td").Nth(1).InnerTextAsync();

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase);
}
