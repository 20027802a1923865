using System.Net;

namespace DisputeBot.Tests.DirectLine;

/// <summary>The page at / and its files, as served by the host (the browser tests drive it for real).</summary>
public sealed class WebChatPageTests : IDisposable
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
        Assert.Contains("Not affiliated with AliExpress. Not legal advice.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/webchat.js", "text/javascript")]
    [InlineData("/js/app.js", "text/javascript")]
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
}
