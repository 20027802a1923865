using System.Text.RegularExpressions;
using DisputeBot.Tests.DirectLine;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>The web chat page in a real Chromium against the host on a loopback port, with the stand-in bot.</summary>
public sealed class WebChatBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly Uri _address;

    private readonly ChromiumBrowser _browser;

    public WebChatBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_page_greets_answers_a_button_and_typed_text_over_the_stream_and_asks_nothing_of_other_hosts()
    {
        var page = await _browser.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" or "ws" or "wss" && url.Authority != _address.Authority)
            {
                foreign.Add(request.Url);
            }
        };

        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync("Hello! Did your package arrive?");
        await chat.ClickAsync(new Regex("^Yes$"));
        await chat.WaitForBotAsync("You said: Yes");
        await chat.SayAsync("the box came empty");
        await chat.WaitForBotAsync("You said: the box came empty");
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("webchat-stand-in-desktop") });

        Assert.Equal("DisputeBot · AliExpress dispute coach", await page.TitleAsync());
        Assert.Empty(foreign);
        Assert.Contains(sockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream?t=", StringComparison.Ordinal));
        Assert.Equal(0, await page.GetByText("Send failed").CountAsync());
        Assert.Contains(_host.Bot.Received, a => a.Text == "the box came empty" && a.ChannelId == "directline");
    }

    [Fact]
    public async Task On_a_phone_the_chat_fills_the_screen()
    {
        var page = await _browser.NewPageAsync(390, 844, phone: true);

        await page.GotoAsync(_address.ToString());
        await new ChatPage(page).WaitForBotAsync("Hello! Did your package arrive?");
        var card = await page.Locator("main.card").BoundingBoxAsync();
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("webchat-stand-in-phone") });

        Assert.NotNull(card);
        Assert.Equal(390, card.Width, 0.5);
        Assert.Equal(844, card.Height, 0.5);
    }

    [Fact]
    public async Task When_the_token_request_fails_the_page_says_so_and_offers_to_try_again()
    {
        var page = await _browser.NewPageAsync();
        var failures = 1;
        await page.RouteAsync("**/api/webchat/token", async route =>
        {
            if (Interlocked.Decrement(ref failures) >= 0)
            {
                await route.FulfillAsync(new() { Status = 503, Body = "{}", ContentType = "application/json" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await page.GotoAsync(_address.ToString());
        var alert = page.Locator("#error");
        await alert.WaitForAsync();
        var message = await alert.InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("webchat-token-failure") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await new ChatPage(page).WaitForBotAsync("Hello! Did your package arrive?");

        Assert.Contains("couldn't start the chat", message, StringComparison.Ordinal);
        Assert.Contains("503", message, StringComparison.Ordinal);
        Assert.False(await alert.IsVisibleAsync());
    }
}
