using System.Text.Json.Nodes;
using DisputeBot.Tests.DirectLine;
using Microsoft.Playwright;

namespace DisputeBot.Tests.Browser;

/// <summary>
/// The web chat page in the buyer's language, in a real Chromium against the real bot: the page's own words
/// (page-strings.js), Web Chat's own strings and the bot's greeting all follow the browser's languages, and every
/// activity the page sends names the language.
/// </summary>
public sealed class WebChatLanguageBrowserTests : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly ChromiumBrowser _browser;
    private readonly DirectLineHost _host = new(realBot: true);
    private readonly Uri _address;

    public WebChatLanguageBrowserTests(ChromiumBrowser browser)
    {
        _browser = browser;
        _address = _host.StartOnLoopback();
    }

    public void Dispose() => _host.Dispose();

    // Web Chat's own placeholder for its send box in each language (its bundle's localisation, not ours).
    [Theory]
    [InlineData("ru-RU", "ru", "Здравствуйте, я DisputeBot", "Введите сообщение", "нет")]
    [InlineData("es-MX", "es", "Hola, soy DisputeBot", "Escriba su mensaje", "no")]
    [InlineData("pt-BR", "pt-BR", "Oi, eu sou o DisputeBot", "Digite sua mensagem", "não")]
    [InlineData("pl-PL", "pl", "Cześć, jestem DisputeBot", "Wpisz wiadomość", "nie")]
    [InlineData("fr-FR", "fr", "Bonjour, je suis DisputeBot", "Tapez votre message", "non")]
    public async Task A_browser_in_a_language_the_bot_speaks_shows_the_page_Web_Chat_and_the_greeting_in_it(
        string browserLocale, string language, string greeting, string sendBoxPlaceholder, string answer)
    {
        var page = await _browser.NewPageAsync(locale: browserLocale);
        var chat = new ChatPage(page);

        var start = await page.RunAndWaitForRequestAsync(
            () => page.GotoAsync(_address.ToString()),
            request => request.Method == "POST" && request.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal));
        await chat.WaitForBotAsync(greeting);
        await page.ScreenshotAsync(new() { Path = ChromiumBrowser.ScreenshotPath($"webchat-language-{language}") });
        var posted = await page.RunAndWaitForRequestAsync(
            () => chat.SayAsync(answer),
            request => request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal));

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(PageStrings.Get(language, "title"), await page.TitleAsync());
        Assert.Equal(PageStrings.Get(language, "intro"), await page.Locator(".intro").InnerTextAsync());
        Assert.Equal(PageStrings.Get(language, "startOver"), await page.Locator("#start-over").InnerTextAsync());
        Assert.Equal(PageStrings.Get(language, "startOverHint"), await page.Locator("#start-over").GetAttributeAsync("title"));
        Assert.Equal(PageStrings.Get(language, "chatLabel"), await page.Locator("section.chat").GetAttributeAsync("aria-label"));
        Assert.Equal(PageStrings.Get(language, "footer"), await page.Locator("footer").InnerTextAsync());
        Assert.Equal(sendBoxPlaceholder, await page.GetByRole(AriaRole.Textbox).First.GetAttributeAsync("placeholder"));
        Assert.Equal(browserLocale, (string?)JsonNode.Parse(start.PostData!)!["locale"]);
        Assert.Equal(browserLocale, (string?)JsonNode.Parse(posted.PostData!)!["locale"]);
        Assert.DoesNotContain(await chat.BotTextsAsync(), text => text.Contains("I help you get your money back", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "de-DE", "pt-PT", "en-US" }, "pt-BR", "Oi, eu sou o DisputeBot", "pt-PT")]
    [InlineData(new[] { "de-DE", "it-IT" }, "en", "I help you get your money back", "en")]
    public async Task The_first_of_the_browsers_languages_the_bot_speaks_wins_and_English_is_the_fallback(
        string[] browserLanguages, string language, string greeting, string sentLocale)
    {
        var page = await _browser.NewPageAsync(locale: browserLanguages[0]);
        await page.AddInitScriptAsync(
            $"Object.defineProperty(navigator, 'languages', {{ get: () => {JsonSerializerArray(browserLanguages)} }});");
        var chat = new ChatPage(page);

        var start = await page.RunAndWaitForRequestAsync(
            () => page.GotoAsync(_address.ToString()),
            request => request.Method == "POST" && request.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal));
        await chat.WaitForBotAsync(greeting);

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(PageStrings.Get(language, "title"), await page.TitleAsync());
        Assert.Equal(PageStrings.Get(language, "startOver"), await page.Locator("#start-over").InnerTextAsync());
        Assert.Equal(sentLocale, (string?)JsonNode.Parse(start.PostData!)!["locale"]);
    }

    [Fact]
    public async Task When_the_chat_cannot_start_the_page_says_so_in_the_buyers_language()
    {
        var page = await _browser.NewPageAsync(locale: "ru-RU");
        await page.RouteAsync("**/api/webchat/token", route => route.FulfillAsync(new() { Status = 503, Body = "{}", ContentType = "application/json" }));

        await page.GotoAsync(_address.ToString());
        var alert = page.Locator("#error");
        await alert.WaitForAsync();

        Assert.Equal(PageStrings.Get("ru", "errorTitle"), await alert.Locator(".error-title").InnerTextAsync());
        Assert.Equal(PageStrings.Get("ru", "errorUnavailable").Replace("{status}", "503", StringComparison.Ordinal), await page.Locator("#error-detail").InnerTextAsync());
        Assert.Equal(PageStrings.Get("ru", "retry"), await alert.GetByRole(AriaRole.Button).InnerTextAsync());
    }

    private static string JsonSerializerArray(string[] values) => new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()).ToJsonString();
}
