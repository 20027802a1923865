using System.Text.RegularExpressions;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Channels.DirectLine;
using DisputeBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>The page keeps its conversation in the browser: a reload shows the history and what the bot added
/// meanwhile; "Start over" begins anew. Real Chromium, the host on a loopback port, the stand-in bot.</summary>
public sealed class WebChatResumeBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private const string Reminder = "Reminder: 3 days left to open a dispute for your order.";

    private readonly DirectLineHost _host = new();
    private readonly Uri _address;
    private readonly ChromiumBrowser _browser;

    public WebChatResumeBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Reloading_the_page_shows_the_history_and_a_message_the_bot_added_while_it_was_away_without_greeting_again()
    {
        var page = await _browser.NewPageAsync();
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync("Hello! Did your package arrive?");
        await chat.SayAsync("my parcel is late");
        await chat.WaitForBotAsync("You said: my parcel is late");
        var conversationId = await KeptConversationAsync(page);

        await page.GotoAsync("about:blank");
        var appended = await _host.Services.GetRequiredService<IDirectLineLog>().AppendAsync(conversationId, new Activity { Text = Reminder }, default);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync(Reminder);
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath("webchat-resumed") });

        Assert.NotNull(appended);
        Assert.Equal(conversationId, await KeptConversationAsync(page));
        await chat.WaitForUserAsync("my parcel is late");
        Assert.Equal(["Hello! Did your package arrive?", "You said: my parcel is late", Reminder], await chat.BotTextsAsync());
        Assert.Single(_host.Bot.Received, a => a.Type == ActivityTypes.ConversationUpdate);
    }

    [Fact]
    public async Task Start_over_begins_a_new_conversation_with_a_fresh_greeting_and_none_of_the_old_messages()
    {
        var page = await _browser.NewPageAsync();
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync("Hello! Did your package arrive?");
        await chat.SayAsync("an old story");
        var before = await KeptConversationAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start over" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => (JSON.parse(localStorage.getItem('disputebot.chat') || 'null') || {{}}).conversationId !== '{before}'");
        await chat.WaitForBotAsync("Hello! Did your package arrive?");

        Assert.NotEqual(before, await KeptConversationAsync(page));
        Assert.Equal(["Hello! Did your package arrive?"], await chat.BotTextsAsync());
        Assert.Equal(0, await page.GetByText("an old story").CountAsync());
    }

    [Fact]
    public async Task A_kept_conversation_that_has_ended_gives_way_to_a_new_one()
    {
        var page = await _browser.NewPageAsync();
        var chat = new ChatPage(page);
        await page.GotoAsync(_address.ToString());
        await chat.WaitForBotAsync("Hello! Did your package arrive?");
        var before = await KeptConversationAsync(page);
        await page.EvaluateAsync("() => localStorage.setItem('disputebot.chat', JSON.stringify({ conversationId: 'gone', resume: 'not-a-valid-token' }))");

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => (JSON.parse(localStorage.getItem('disputebot.chat') || 'null') || {}).conversationId !== 'gone'");
        await chat.WaitForBotAsync("Hello! Did your package arrive?");

        Assert.NotEqual(before, await KeptConversationAsync(page));
        Assert.False(await page.Locator("#error").IsVisibleAsync());
    }

    private static async Task<string> KeptConversationAsync(IPage page) =>
        await page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('disputebot.chat')).conversationId");
}
