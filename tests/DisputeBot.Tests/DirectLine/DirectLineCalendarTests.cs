using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DisputeBot.Tests.Calendar;

namespace DisputeBot.Tests.DirectLine;

/// <summary>
/// The calendar file on the self-hosted Direct Line, with the real bot (on the real clock): the
/// attachment is a link under the conversation, downloadable with the conversation's token only, read back with
/// ical.js, and gone after /forget.
/// </summary>
public sealed class DirectLineCalendarTests : IDisposable
{
    private readonly DirectLineHost _host = new(realBot: true);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_calendar_is_a_link_under_the_conversation_that_only_its_token_downloads_until_forget()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        var stranger = await DirectLineSession.StartAsync(client);
        await session.SayAsync("no", "c1");
        await session.SayAsync("no tracking information", "c2");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await session.SayAsync("12 days left", "c3");
        var todayAfter = DateOnly.FromDateTime(DateTime.UtcNow);
        await session.SayAsync("/calendar", "c4");

        var (activities, _) = await session.ReadAsync();
        Assert.DoesNotContain("data:", activities.ToJsonString(), StringComparison.Ordinal);
        var attachment = Assert.Single(activities.SelectMany(a => a!["attachments"]?.AsArray() ?? []), a => (string?)a!["contentType"] == "text/calendar")!;
        Assert.Equal("aliexpress-deadlines.ics", (string?)attachment["name"]);
        var url = (string)attachment["contentUrl"]!;
        Assert.StartsWith(session.Path("/files/"), url, StringComparison.Ordinal);

        // The conversation's token, in the header or (for a plain link) in the URL.
        using var download = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, url, session.Token));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("aliexpress-deadlines.ics", download.Content.Headers.ContentDisposition?.FileName);
        var calendar = await IcalJsPeer.ParseAsync(await download.Content.ReadAsByteArrayAsync());
        var last = Assert.Single(calendar["events"]!.AsArray(), e => (string?)e!["summary"] == "AliExpress: Last day to open a dispute");
        // 12 days from today, as the buyer said (either side of a midnight passing meanwhile), and the day the bot stated.
        var start = (string)last!["start"]!;
        Assert.Contains(start, new[] { today.AddDays(12), todayAfter.AddDays(12) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var stated = DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains(activities, a => ((string?)a!["text"])?.Contains("protection ends on " + stated, StringComparison.Ordinal) == true);
        using var byLink = await client.GetAsync(new Uri(url + "?t=" + Uri.EscapeDataString(session.Token), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, byLink.StatusCode);

        // Nobody else: no credential, another conversation's token.
        using var anonymous = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var other = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, url, stranger.Token));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);

        // /forget erases the transcript, and the file with it.
        await session.SayAsync("/forget", "c5");
        using var forgotten = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, url, session.Token));
        Assert.Equal(HttpStatusCode.NotFound, forgotten.StatusCode);
    }

    [Fact]
    public async Task A_file_link_that_names_no_file_is_not_found()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);

        using var response = await client.SendAsync(DirectLineJson.Request(HttpMethod.Get, session.Path("/files/0/0"), session.Token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
