using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DisputeBot.Channels.Terminal;
using DisputeBot.Hosting;
using DisputeBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Calendar;

/// <summary>
/// The calendar file from the terminal chat, read back with ical.js. The clock is pinned to 10 March 2026, 12:00 UTC;
/// the expected dates are worked out here from the buyer's words and the guides' numbers (dialogs/rules.yaml:
/// extension_lead_min 5 days, extension_answer 2 days, paypal_dispute 180 days), and each must be a date the bot stated.
/// </summary>
public sealed partial class TerminalCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_file_holds_every_deadline_ahead_as_an_all_day_event_with_an_alarm_on_the_dates_the_bot_stated()
    {
        var transcript = await Chat(null, "no", "2", "12 days left", "2026-02-20", "paypal", "18 February", "not yet", "/calendar");
        var calendar = await IcalJsPeer.ParseFileAsync(SavedFile(transcript));

        // The countdown: 12 days from 10 March. Ask for more time 5 days before its end, open if not agreed 2 days before
        // it; PayPal: 180 days from the payment on 18 February. The first day to open (2 March) is behind us: no event.
        var expected = new Dictionary<string, string>
        {
            ["2026-03-17"] = "AliExpress: Last day to ask the seller for more time (an estimate)",
            ["2026-03-20"] = "AliExpress: No extension agreed? Open the dispute today (an estimate)",
            ["2026-03-22"] = "AliExpress: Last day to open a dispute",
            ["2026-08-17"] = "AliExpress: Last day for a PayPal dispute",
        };
        var events = calendar["events"]!.AsArray();
        Assert.Equal(expected.Keys.Order(), events.Select(e => (string)e!["start"]!).Order());
        foreach (var item in events)
        {
            var start = (string)item!["start"]!;
            Assert.Equal(expected[start], (string?)item["summary"]);
            Assert.True((bool)item["allDay"]!, $"{start} is an all-day event");
            Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string?)item["end"]);
            var alarm = Assert.Single(item["alarms"]!.AsArray());
            Assert.Equal("DISPLAY", (string?)alarm!["action"]);
            Assert.Equal("-PT15H", (string?)alarm["trigger"]);
            Assert.Contains(Stated(start), transcript, StringComparison.Ordinal);
        }

        Assert.Equal("AliExpress deadlines", (string?)calendar["name"]);
        Assert.Equal(events.Count, events.Select(e => (string)e!["uid"]!).Distinct().Count());
    }

    [Fact]
    public async Task A_countdown_given_to_the_hour_ends_at_that_moment_in_the_file()
    {
        var transcript = await Chat(null, "no", "2", "2 days 5 hours left", "/calendar");
        var calendar = await IcalJsPeer.ParseFileAsync(SavedFile(transcript));

        var end = Assert.Single(calendar["events"]!.AsArray());
        Assert.False((bool)end!["allDay"]!);
        Assert.Equal("2026-03-12T17:00:00.000Z", (string?)end["start"]);
        Assert.Equal("-P1D", (string?)Assert.Single(end["alarms"]!.AsArray())!["trigger"]);
        Assert.Contains(Stated("2026-03-12"), transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_buyer_gets_the_events_titled_in_russian()
    {
        var transcript = await Chat("ru", "нет", "2", "12", "/calendar");
        Assert.EndsWith("sroki-aliexpress.ics", SavedFile(transcript), StringComparison.Ordinal);
        var calendar = await IcalJsPeer.ParseFileAsync(SavedFile(transcript));

        Assert.Equal("Сроки AliExpress", (string?)calendar["name"]);
        var last = Assert.Single(calendar["events"]!.AsArray(), e => (string?)e!["start"] == "2026-03-22");
        Assert.Equal("AliExpress: Последний день, чтобы открыть спор", (string?)last!["summary"]);
    }

    [Fact]
    public async Task Asking_for_a_calendar_first_gets_what_is_needed_and_no_file()
    {
        var transcript = await Chat(null, "/calendar");

        Assert.Contains("I can make a calendar file as soon as I know a deadline.", transcript, StringComparison.Ordinal);
        Assert.DoesNotMatch(SavedPath(), transcript);
    }

    /// <summary>How the bot writes the date in English ("22 March 2026").</summary>
    private static string Stated(string isoDate) =>
        DateOnly.Parse(isoDate, CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string SavedFile(string transcript)
    {
        var match = SavedPath().Match(transcript);
        Assert.True(match.Success, "No saved calendar file in:\n" + transcript);
        return match.Groups[1].Value;
    }

    /// <summary>The saved file's path, its name in the buyer's language ("aliexpress-deadlines.ics", "sroki-aliexpress.ics").</summary>
    [GeneratedRegex(@"^  (\S+aliexpress\S*\.ics)$", RegexOptions.Multiline)]
    private static partial Regex SavedPath();

    private static async Task<string> Chat(string? locale, params string[] lines)
    {
        var arguments = locale is null ? [] : new[] { "--locale", locale };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = arguments, ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
        builder.AddDisputeBotCore();
        builder.AddConversationStore();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        using var input = new StringReader(string.Join('\n', lines) + "\n");
        await using var output = new StringWriter();
        await TerminalChat.RunAsync(builder, input, output, interactive: false);
        return output.ToString();
    }
}
