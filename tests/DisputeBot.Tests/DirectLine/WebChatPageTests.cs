using System.Net;
using System.Text.RegularExpressions;
using DisputeBot.Tests.Browser;

namespace DisputeBot.Tests.DirectLine;

/// <summary>The page at / and its files, as served by the host (the browser tests drive it for real).</summary>
public sealed partial class WebChatPageTests : IDisposable
{
    private readonly DirectLineHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_root_serves_the_chat_page_with_a_language_a_title_a_favicon_and_a_strict_content_policy()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>DisputeBot", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"icon\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("data-text=\"footer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/webchat.js", "text/javascript")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/js/page-strings.js", "text/javascript")]
    [InlineData("/css/app.css", "text/css")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_pages_files_are_served_by_the_bot_itself(string path, string mediaType)
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task The_page_has_its_words_in_every_language_the_bot_speaks_for_every_key_the_page_names()
    {
        using var client = _host.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var named = PageKey().Matches(html).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var english = PageStrings.Languages["en"];

        Assert.Equal(["en", "es", "fr", "pl", "pt-BR", "ru"], PageStrings.Languages.Keys.Order(StringComparer.Ordinal));
        Assert.Subset(english.Keys.ToHashSet(StringComparer.Ordinal), named);
        Assert.Contains("footer", named);
        Assert.All(PageStrings.Languages, language =>
        {
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), language.Value.Keys.Order(StringComparer.Ordinal));
            Assert.All(language.Value.Values, text => Assert.False(string.IsNullOrWhiteSpace(text), $"{language.Key} has an empty text."));
            Assert.Contains("{status}", language.Value["errorUnavailable"], StringComparison.Ordinal);
        });
        Assert.All(PageStrings.Languages.Where(l => l.Key != "en"), language =>
            Assert.All(language.Value, text => Assert.NotEqual(english[text.Key], text.Value)));
    }

    [Fact]
    public async Task Web_Chat_is_the_pinned_npm_bundle()
    {
        using var client = _host.CreateClient();

        var script = await client.GetStringAsync(new Uri("/lib/webchat.js", UriKind.Relative));

        Assert.True(script.Length > 1_000_000, "webchat.js should be Web Chat's full bundle.");
        Assert.Contains("createDirectLine", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Web_Chat_goes_gzipped_to_browsers_that_accept_it_and_decompresses_to_the_same_file()
    {
        using var plainClient = _host.CreateClient();
        using var gzipClient = _host.CreateDefaultClient();
        var plain = await plainClient.GetByteArrayAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/webchat.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");

        using var response = await gzipClient.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await unzip.CopyToAsync(unzipped);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} bytes gzipped of {plain.Length}");
        Assert.Equal(plain, unzipped.ToArray());
    }

    [Fact]
    public async Task The_page_token_endpoint_gives_a_token_for_a_new_conversation()
    {
        using var client = _host.CreateClient();

        using var first = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);
        using var second = await client.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var a = await first.ReadJsonAsync();
        var b = await second.ReadJsonAsync();
        Assert.NotEqual((string)a["conversationId"]!, (string)b["conversationId"]!);
        Assert.Equal(1800, (int)a["expires_in"]!);
    }

    [GeneratedRegex("data-(?:text|title|label)=\"(?<key>[A-Za-z]+)\"")]
    private static partial Regex PageKey();
}
