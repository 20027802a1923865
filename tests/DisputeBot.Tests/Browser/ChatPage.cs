using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>The chat as a user sees it on the page: bot bubbles, user bubbles, buttons, the send box.</summary>
public sealed class ChatPage(IPage page)
{
    public IPage Page { get; } = page;

    private ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    private ILocator UserBubbles => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    /// <summary>The suggested-action buttons now on offer (Web Chat shows those of the latest bot message only).</summary>
    public ILocator SuggestedActions => Page.Locator(".webchat__suggested-actions button, .webchat__suggested-action");

    /// <summary>Waits for a bot message containing <paramref name="text"/> (a string or a pattern).</summary>
    public Task WaitForBotAsync(string text) => BotBubbles.Filter(new() { HasText = text }).Last.WaitForAsync();

    public Task WaitForBotAsync(Regex pattern) => BotBubbles.Filter(new() { HasTextRegex = pattern }).Last.WaitForAsync();

    public Task WaitForUserAsync(string text) => UserBubbles.Filter(new() { HasText = text }).Last.WaitForAsync();

    public async Task<int> BotMessageCountAsync() => await BotBubbles.CountAsync();

    /// <summary>Waits until a button whose label matches is on offer.</summary>
    public Task WaitForButtonAsync(Regex label) => SuggestedActions.Filter(new() { HasTextRegex = label }).First.WaitForAsync();

    /// <summary>All the bot has said so far, one entry per bubble.</summary>
    public Task<IReadOnlyList<string>> BotTextsAsync() => BotBubbles.AllInnerTextsAsync();

    /// <summary>Saves a screenshot (bin/…/screenshots/{name}.png) with the bot bubble containing
    /// <paramref name="showing"/> scrolled into view (Web Chat scrolls smoothly, so this waits for it to settle).</summary>
    public async Task ScreenshotAsync(string name, Regex showing)
    {
        var bubble = BotBubbles.Filter(new() { HasTextRegex = showing }).Last;
        await bubble.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await Page.WaitForFunctionAsync(
            "([e]) => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(e.getBoundingClientRect().top))))" +
            ".then(top => new Promise(r => setTimeout(() => r(Math.abs(e.getBoundingClientRect().top - top) < 1), 100)))",
            new object[] { await bubble.ElementHandleAsync() });
        await Page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath(name) });
    }

    /// <summary>Clicks the suggested action whose label matches, and waits for it to arrive as the user's message.</summary>
    public async Task ClickAsync(Regex label)
    {
        var button = SuggestedActions.Filter(new() { HasTextRegex = label }).First;
        await button.WaitForAsync();
        var before = await UserBubbles.CountAsync();
        var bots = await BotBubbles.CountAsync();
        await button.ClickAsync();
        await WaitForCountAsync(UserBubbles, before + 1);
        await WaitForCountAsync(BotBubbles, bots + 1);
    }

    /// <summary>Types and sends a message, and waits for the bot to answer.</summary>
    public async Task SayAsync(string text)
    {
        var bots = await BotBubbles.CountAsync();
        var box = Page.GetByRole(AriaRole.Textbox).First;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await WaitForUserAsync(text);
        await WaitForCountAsync(BotBubbles, bots + 1);
    }

    /// <summary>Attaches a file with the upload button and sends it, as a user would.</summary>
    public async Task SendFileAsync(string name, string mimeType, byte[] content)
    {
        var users = await UserBubbles.CountAsync();
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        await Page.Locator("button[title=Send]").ClickAsync();
        await WaitForCountAsync(UserBubbles, users + 1);
    }

    private async Task WaitForCountAsync(ILocator locator, int count) =>
        await locator.Nth(count - 1).WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
