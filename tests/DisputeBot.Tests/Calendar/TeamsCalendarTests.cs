using System.Globalization;
using System.Net;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Files;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Tests.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Calendar;

/// <summary>
/// The calendar file on Teams is a signed, expiring download link under <c>BotFramework:PublicBaseUrl</c> (Teams does
/// not open a <c>data:</c> URL): the whole host with the real dialog on a pinned clock, a Connector stub on loopback,
/// and the link fetched from the host and read with ical.js. The clock starts on 22 November 2026; the buyer's
/// countdown says 12 days left, so the last day to open a dispute is 4 December. The other dates are worked out here
/// from the guides' numbers (dialogs/rules.yaml: extension_lead_min 5 days, extension_answer 2 days, paypal_dispute
/// 180 days from the payment on 30 October), and each must also be a date the bot stated.
/// </summary>
public sealed class TeamsCalendarTests : IAsyncLifetime, IDisposable
{
    private const string PublicBaseUrl = "https://disputebot.example.test";

    private static readonly DateTimeOffset Start = new(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private LocalHttpServer _connector = null!;
    private readonly FakeLogger<CalendarLinks> _log = new();
    private BotHost? _host;
    private int _sequence;

    public async Task InitializeAsync() => _connector = await LocalHttpServer.StartConnectorAsync();

    public void Dispose() => _host?.Dispose();

    /// <summary>The host, with the public address unless a test made its own first.</summary>
    private BotHost Host => _host ??= NewHost(PublicBaseUrl);

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task The_file_is_a_link_under_the_public_address_whose_download_ical_js_reads_with_every_deadline_the_bot_stated()
    {
        var link = await AskForTheCalendarAsync();

        Assert.StartsWith(PublicBaseUrl + "/api/calendar?", link, StringComparison.Ordinal);
        Assert.DoesNotContain(Replies().SelectMany(r => r.Attachments ?? []), a => a.ContentUrl?.StartsWith("data:", StringComparison.Ordinal) == true);
        using var response = await DownloadAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);

        var calendar = await IcalJsPeer.ParseAsync(await response.Content.ReadAsByteArrayAsync());
        var expected = new Dictionary<string, string>
        {
            ["2026-11-29"] = "AliExpress: Last day to ask the seller for more time (an estimate)",
            ["2026-12-02"] = "AliExpress: No extension agreed? Open the dispute today (an estimate)",
            ["2026-12-04"] = "AliExpress: Last day to open a dispute",
            ["2027-04-28"] = "AliExpress: Last day for a PayPal dispute",
        };
        var events = calendar["events"]!.AsArray();
        Assert.Equal(expected.Keys.Order(), events.Select(e => (string)e!["start"]!).Order());
        var transcript = Transcript();
        foreach (var item in events)
        {
            var start = (string)item!["start"]!;
            Assert.Equal(expected[start], (string?)item["summary"]);
            Assert.True((bool)item["allDay"]!, $"{start} is an all-day event");
            Assert.Single(item["alarms"]!.AsArray());
            var stated = DateOnly.Parse(start, CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            Assert.True(transcript.Contains(stated, StringComparison.Ordinal), $"{stated} is not a date the bot stated:{transcript}");
        }
    }

    [Fact]
    public async Task Teams_gets_the_link_as_a_card_button_that_opens_it_under_the_caption()
    {
        var link = await AskForTheCalendarAsync();

        var message = Assert.Single(Replies(), r => r.Text?.StartsWith("Your deadlines as a calendar file", StringComparison.Ordinal) == true);
        var card = Assert.Single(message.Attachments!).Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!;
        var button = Assert.Single(card.Buttons);
        Assert.Equal(("openUrl", "aliexpress-deadlines.ics", link), (button.Type, button.Title, button.Value!.Value.GetString()));
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("expiry")]
    [InlineData("no signature")]
    public async Task A_link_with_a_changed_part_is_refused_403_with_the_reason(string part)
    {
        var link = await AskForTheCalendarAsync();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);
        var signature = "&s=" + query["s"];
        var forged = part switch
        {
            "signature" => link.Replace(signature, "&s=" + Flip(query["s"].ToString()), StringComparison.Ordinal),
            "expiry" => link.Replace("&e=" + query["e"], "&e=" + (long.Parse(query["e"].ToString(), CultureInfo.InvariantCulture) + 86_400), StringComparison.Ordinal),
            _ => link.Replace(signature, string.Empty, StringComparison.Ordinal),
        };
        Assert.NotEqual(link, forged);

        using var response = await DownloadAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("signature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_of_another_conversation_is_refused()
    {
        var link = await AskForTheCalendarAsync();

        using var response = await DownloadAsync(link.Replace("&c=", "&c=other", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_link_past_its_lifetime_is_refused_410_and_asking_again_gives_a_new_link_that_works()
    {
        var link = await AskForTheCalendarAsync();
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        using (var response = await DownloadAsync(link))
        {
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await SayAsync("/calendar");
        var again = CalendarLink();
        Assert.NotEqual(link, again);
        using var fresh = await DownloadAsync(again);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task After_forget_the_link_is_dead()
    {
        var link = await AskForTheCalendarAsync();
        using (var before = await DownloadAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await SayAsync("/forget");

        using var response = await DownloadAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/forget", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_forget_a_new_conversation_in_the_same_chat_gets_a_new_key_and_the_old_link_stays_dead()
    {
        var old = await AskForTheCalendarAsync();
        await SayAsync("/forget");

        var link = await AskForTheCalendarAsync();

        using (var response = await DownloadAsync(old))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var fresh = await DownloadAsync(link);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Without_a_public_address_the_file_stays_inline_and_the_log_names_BotFramework_PublicBaseUrl()
    {
        _host = NewHost(publicBaseUrl: null);
        await GiveTheDatesAsync();
        await SayAsync("Add to my calendar");

        var message = Assert.Single(Replies(), r => r.Text?.StartsWith("Your deadlines as a calendar file", StringComparison.Ordinal) == true);
        Assert.StartsWith("data:text/calendar;base64,", Assert.Single(message.Attachments!).ContentUrl, StringComparison.Ordinal);
        var warning = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("BotFramework:PublicBaseUrl", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A Teams buyer gives the dates and presses "Add to my calendar" (Teams sends the label as text); the link
    /// of its card.</summary>
    private async Task<string> AskForTheCalendarAsync()
    {
        await GiveTheDatesAsync();
        await SayAsync("Add to my calendar");
        return CalendarLink();
    }

    private async Task GiveTheDatesAsync()
    {
        foreach (var line in new[] { "No, it didn't", "Still on its way", "12 days left", "2026-11-01", "PayPal", "30 October", "Not yet" })
        {
            await SayAsync(line);
        }

        Assert.True(Transcript().Contains("4 December 2026", StringComparison.Ordinal), Transcript());
    }

    /// <summary>The link of the latest calendar message's button.</summary>
    private string CalendarLink()
    {
        var message = Replies().Last(r => r.Text?.StartsWith("Your deadlines as a calendar file", StringComparison.Ordinal) == true);
        var card = Assert.Single(message.Attachments!, a => a.ContentType == HeroCard.ContentType).Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!;
        return Assert.Single(card.Buttons, b => b.Type == "openUrl").Value!.Value.GetString()!;
    }

    private async Task SayAsync(string text)
    {
        var message = Activities.Teams(text, _connector.Url("/amer/"), $"teams-{Interlocked.Increment(ref _sequence)}");
        message["timestamp"] = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var response = await Host.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Fetches a link from the host as a browser would (only its path and query reach the test server).</summary>
    private async Task<HttpResponseMessage> DownloadAsync(string link) =>
        await Host.CreateClient().GetAsync(new Uri(link).PathAndQuery);

    private BotHost NewHost(string? publicBaseUrl) => new(
        new() { ["BotFramework:PublicBaseUrl"] = publicBaseUrl, ["BotFramework:FileLinkLifetime"] = "7.00:00:00" },
        services: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<ILogger<CalendarLinks>>(_log);
        });

    private List<Activity> Replies() =>
        _connector.Requests.Select(r => JsonSerializer.Deserialize(r.Body, BotFrameworkJson.Context.Activity)!).ToList();

    private string Transcript() => string.Concat(Replies().Select(r => "\n" + r.Text));

    private static string Flip(string signature) => (signature[0] == 'A' ? "B" : "A") + signature[1..];
}
