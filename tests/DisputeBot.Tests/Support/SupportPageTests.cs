using System.Net;
using DisputeBot.Hosting;
using DisputeBot.Support;
using DisputeBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace DisputeBot.Tests.Support;

/// <summary>The support page's door: off without a key, a short key refused at start-up, one sign-in for an HttpOnly
/// cookie, and 401 or 403 for everything else.</summary>
public sealed class SupportPageTests : IDisposable
{
    public const string AccessKey = "k3y-for-tests-0123456789-abcdefghijklmnop";

    private readonly WebApplicationFactory<Program> _host = Host(AccessKey);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Without_an_access_key_there_is_no_support_page()
    {
        using var host = Host(null);
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/support/report", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(new Uri("/support/sign-in", UriKind.Relative), Form(AccessKey))).StatusCode);
    }

    [Fact]
    public async Task A_short_access_key_stops_start_up_with_one_line_naming_the_setting()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Support:AccessKey"] = "too-short" });
        builder.AddSupportPage();
        await using var app = builder.Build();

        var line = StartupFailure.Describe(Assert.ThrowsAny<Exception>(() => app.MapSupportPage()));

        Assert.NotNull(line);
        Assert.Contains("Support__AccessKey", line, StringComparison.Ordinal);
        Assert.Contains("at least 32 characters", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/support/report")]
    [InlineData("/support/export/questions.csv")]
    [InlineData("/support/support.js")]
    [InlineData("/support/anything-else")]
    public async Task Before_signing_in_everything_but_the_sign_in_form_is_401(string path)
    {
        using var client = _host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        var page = await client.GetAsync(new Uri("/support/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Access key", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_403_and_gets_no_cookie()
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostAsync(new Uri("/support/sign-in", UriKind.Relative), Form(AccessKey + "x"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/support/report", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_in_once_sets_an_HttpOnly_cookie_that_opens_the_report_and_the_exports()
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var signIn = await client.PostAsync(new Uri("/support/sign-in", UriKind.Relative), Form(AccessKey));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var report = await client.GetAsync(new Uri("/support/report?from=2026-12-01&to=2026-12-07", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("\"funnel\"", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var table in SupportTables.Names)
        {
            var csv = await client.GetAsync(new Uri($"/support/export/{table}.csv?from=2026-12-01&to=2026-12-07", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("from=2026-12-08&to=2026-12-01")]
    [InlineData("from=yesterday")]
    [InlineData("from=2024-01-01&to=2026-12-01")]
    public async Task A_bad_date_range_is_400_with_a_reason(string query)
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        await client.PostAsync(new Uri("/support/sign-in", UriKind.Relative), Form(AccessKey));

        var response = await client.GetAsync(new Uri("/support/report?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM-dd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string key) => new([new("key", key)]);

    private static WebApplicationFactory<Program> Host(string? key) => new TestHost(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Support:AccessKey"] = key,
    });
}
