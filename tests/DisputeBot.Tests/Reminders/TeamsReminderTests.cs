using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeBot.Channels.BotFramework.Connector;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Tests.BotFramework;
using DisputeBot.Turns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Reminders;

/// <summary>
/// A reminder reaches a Teams chat through the Connector: the whole host (real dialog, in-memory store and schedule)
/// on a pinned clock, a buyer in New York whose Teams activities are signed for real (a local OpenID metadata stub)
/// and carry <c>localTimezone</c>, a local Connector stub on loopback and a local token endpoint that MSAL gets the
/// bot's token from. The reminder is a proactive POST to the conversation, with that token, at 10:00 New York time,
/// never in the buyer's night, once; and only to a <c>serviceUrl</c> that arrived in an authenticated activity.
/// </summary>
public sealed class TeamsReminderTests : IAsyncLifetime, IDisposable
{
    private const string BuyerZone = "America/New_York";

    private const string MsalToken = "msal-token-teams-1";

    private const string ProactivePath = "/amer/v3/conversations/a%3A1Xyz%3Bmessageid%3D1700000000000%40thread.tacv2/activities";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>22 November 2026, 10:00 in New York (EST, UTC-5): the buyer's countdown of 12 days ends on
    /// 4 December.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);

    /// <summary>3 days before the last day, 10:00 in New York.</summary>
    private static readonly DateTimeOffset ThreeDaysBefore = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ConcurrentQueue<Uri> _intended = new();
    private readonly ConcurrentQueue<(RecordedRequest Request, DateTimeOffset At, HttpStatusCode Status)> _answered = new();
    private readonly ConcurrentQueue<HttpStatusCode> _refusals = new();
    private TokenIssuer _issuer = null!;
    private LocalHttpServer _login = null!;
    private LocalHttpServer _connector = null!;
    private LocalHttpServer _elsewhere = null!;
    private BotHost _host = null!;
    private volatile bool _outage;
    private int _sequence;

    public async Task InitializeAsync()
    {
        _issuer = await TokenIssuer.StartAsync(endorsements: ["msteams"]);
        _login = await LocalHttpServer.StartAsync((request, context) =>
            request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? LocalHttpServer.Json(context, HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{MsalToken}}"}""")
                : request.Path == "/common/discovery/instance"
                    ? LocalHttpServer.Json(context, HttpStatusCode.OK, """{"tenant_discovery_endpoint":"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration","api-version":"1.1","metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net","aliases":["login.microsoftonline.com","login.windows.net","login.microsoft.com","sts.windows.net"]}]}""")
                    : LocalHttpServer.Json(context, HttpStatusCode.NotFound, """{"error":"not_found"}"""));
        _connector = await LocalHttpServer.StartAsync(AnswerAsConnectorAsync);
        _elsewhere = await LocalHttpServer.StartConnectorAsync();

        var settings = BotHost.Authenticated(_issuer);
        settings["Turns:OutboxRetryDelay"] = "00:00:00";
        _host = new BotHost(settings, services: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(_login.BaseAddress, _intended));

            // The test sweeps by itself: the host's timers would sweep too whenever the clock jumps days ahead.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory?.Method.ReturnType == typeof(ReminderSweeper)));
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxSweeper)));
            services.AddSingleton<OutboxSweeper>();
        });
    }

    public void Dispose() => _host.Dispose();

    public async Task DisposeAsync()
    {
        await _elsewhere.DisposeAsync();
        await _connector.DisposeAsync();
        await _login.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private ReminderSweeper Reminders => _host.Services.GetRequiredService<ReminderSweeper>();

    private OutboxSweeper Outbox => _host.Services.GetRequiredService<OutboxSweeper>();

    /// <summary>The Connector's answers to proactive posts (not replies to an activity).</summary>
    private List<(RecordedRequest Request, DateTimeOffset At, HttpStatusCode Status)> Proactive =>
        _answered.Where(a => a.Request.RawTarget == ProactivePath).ToList();

    [Fact]
    public async Task The_reminder_is_posted_to_the_teams_conversation_once_at_ten_in_the_morning_new_york_time_with_the_msal_token_and_its_buttons()
    {
        await TurnRemindersOnAsync();

        // 10:00 in London (the language's usual zone) is 05:00 in New York: the buyer's own zone counts.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        _clock.SetUtcNow(ThreeDaysBefore.AddMinutes(-1));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        Assert.Empty(Proactive);

        _clock.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        Assert.Equal(0, await Outbox.SweepOnceAsync(default));

        var (request, at, status) = Assert.Single(Proactive);
        Assert.Equal((ThreeDaysBefore, HttpStatusCode.OK), (at, status));
        Assert.Equal("POST", request.Method);
        Assert.Equal("Bearer " + MsalToken, request.Authorization);
        var tokenRequest = Assert.Single(_login.Requests, r => r.Method == "POST");
        Assert.Contains(_intended, uri => uri.AbsoluteUri == "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
        var form = QueryHelpers.ParseQuery(tokenRequest.Body);
        Assert.Equal((TestIds.AppId, "client_credentials"), (form["client_id"].ToString(), form["grant_type"].ToString()));

        var reminder = Read(request);
        Assert.Equal("message", reminder.Type);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 4 December 2026 (3 days left).", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["Show my deadlines", "Remind me tomorrow", "Stop reminders"], Buttons(reminder));
        Assert.Equal((TestIds.TeamsBotId, TestIds.TeamsUserId, TestIds.TeamsConversationId), (reminder.From?.Id, reminder.Recipient?.Id, reminder.Conversation?.Id));
        Assert.Null(reminder.ReplyToId);
    }

    [Fact]
    public async Task A_reminder_missed_until_eleven_at_night_waits_for_nine_the_next_morning()
    {
        await TurnRemindersOnAsync();

        // Every instance was down at 10:00; one sweeps again at 23:00 in New York (04:00 UTC the next day).
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 13, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        Assert.Empty(Proactive);

        var nineInTheMorning = new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
        _clock.SetUtcNow(nineInTheMorning);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));

        var (request, at, _) = Assert.Single(Proactive);
        Assert.Equal(nineInTheMorning, at);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 4 December 2026 (2 days left).", Read(request).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_the_connector_answers_with_500_then_429_is_retried_and_arrives_once()
    {
        await TurnRemindersOnAsync();
        _refusals.Enqueue(HttpStatusCode.InternalServerError);
        _refusals.Enqueue(HttpStatusCode.TooManyRequests);

        _clock.SetUtcNow(ThreeDaysBefore);
        var sweeping = Reminders.SweepOnceAsync(default);
        await AdvanceUntilAsync(() => sweeping.IsCompleted);

        Assert.Equal(1, await sweeping);
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        Assert.Equal(0, await Outbox.SweepOnceAsync(default));
        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], Proactive.Select(p => p.Status));
        Assert.All(Proactive, p => Assert.StartsWith("⏰ Reminder.", Read(p.Request).Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_refused_for_longer_than_the_retries_stays_in_the_outbox_and_is_sent_once_later()
    {
        await TurnRemindersOnAsync();
        _outage = true;

        _clock.SetUtcNow(ThreeDaysBefore);
        var sweeping = Reminders.SweepOnceAsync(default);
        await AdvanceUntilAsync(() => sweeping.IsCompleted);
        Assert.Equal(1, await sweeping);
        var refused = Proactive.Count;
        Assert.True(refused > 1, "the outbound pipeline retried the refused reminder");
        Assert.All(Proactive, p => Assert.Equal(HttpStatusCode.InternalServerError, p.Status));

        // The outage ends: the schedule has nothing left to send, the outbox sends the reminder, once.
        _outage = false;
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        Assert.Equal(refused, Proactive.Count);
        Assert.Equal(1, await Outbox.SweepOnceAsync(default));
        Assert.Equal(0, await Outbox.SweepOnceAsync(default));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));

        var delivered = Assert.Single(Proactive, p => p.Status == HttpStatusCode.OK);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 4 December 2026 (3 days left).", Read(delivered.Request).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activities_whose_service_url_was_not_authenticated_do_not_redirect_the_reminder()
    {
        await TurnRemindersOnAsync();
        var forged = _elsewhere.Url("/amer/");

        // A real channel token for the real service URL, on an activity naming another one.
        using (var response = await _host.PostAsync(TeamsMessage("/deadlines", forged), ChannelToken(_connector.Url("/amer/"))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // No token at all.
        using (var response = await _host.PostAsync(TeamsMessage("/deadlines", forged)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // An authenticated activity with no service URL (answered in the response) leaves the stored one as it is.
        var withoutServiceUrl = TeamsMessage("/deadlines", serviceUrl: null);
        Assert.NotEmpty(await _host.ExchangeAsync(withoutServiceUrl, ChannelToken(null)));

        _clock.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));

        Assert.Empty(_elsewhere.Requests);
        var (request, _, status) = Assert.Single(Proactive);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer " + MsalToken, request.Authorization);
    }

    [Fact]
    public async Task A_new_service_url_in_an_authenticated_activity_is_where_the_reminder_goes()
    {
        await TurnRemindersOnAsync();
        var moved = _connector.Url("/emea/");

        using (var response = await _host.PostAsync(TeamsMessage("/reminders", moved), ChannelToken(moved)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        _clock.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));

        Assert.Empty(Proactive);
        var reminder = Assert.Single(_answered, a => a.Request.RawTarget == ProactivePath.Replace("/amer/", "/emea/", StringComparison.Ordinal));
        Assert.StartsWith("⏰ Reminder.", Read(reminder.Request).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_me_tomorrow_pressed_in_teams_snoozes_that_reminder_says_when_in_new_york_time_and_it_comes_back_then_once()
    {
        await TurnRemindersOnAsync();
        _clock.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));

        // Teams posts the pressed imBack button as its label, at 10:20 in New York.
        _clock.SetUtcNow(ThreeDaysBefore.AddMinutes(20));
        await PressAsync("Remind me tomorrow");
        Assert.True(Transcript().Contains("\nOK, I'll remind you again on 2 December 2026 at 10:20, your time.", StringComparison.Ordinal), Transcript());

        var tomorrow = ThreeDaysBefore.AddDays(1).AddMinutes(20);
        _clock.SetUtcNow(tomorrow.AddMinutes(-1));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        _clock.SetUtcNow(tomorrow);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));

        Assert.Equal(2, Proactive.Count);
        var (request, at, _) = Proactive[^1];
        Assert.Equal(tomorrow, at);
        Assert.StartsWith("⏰ Reminder. Last day to open a dispute: 4 December 2026 (2 days left).", Read(request).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_me_tomorrow_sent_as_a_message_back_value_snoozes_the_reminder_it_names()
    {
        await TurnRemindersOnAsync();
        _clock.SetUtcNow(ThreeDaysBefore);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));

        // Pressed at 22:30 in New York: not in the buyer's night, but tomorrow at the usual hour.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 3, 30, 0, TimeSpan.Zero));
        var serviceUrl = _connector.Url("/amer/");
        var press = TeamsMessage("Remind me tomorrow", serviceUrl);
        press["value"] = new JsonObject { ["choice"] = "snooze_4_3" };
        using (var response = await _host.PostAsync(press, ChannelToken(serviceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(Transcript().Contains("\nOK, I'll remind you again on 2 December 2026 at 10:00, your time.", StringComparison.Ordinal), Transcript());
        var tenInTheMorning = new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
        _clock.SetUtcNow(tenInTheMorning.AddMinutes(-1));
        Assert.Equal(0, await Reminders.SweepOnceAsync(default));
        _clock.SetUtcNow(tenInTheMorning);
        Assert.Equal(1, await Reminders.SweepOnceAsync(default));
        Assert.Equal(tenInTheMorning, Proactive[^1].At);
        Assert.Equal(2, Proactive.Count);
    }

    /// <summary>The buyer joins in Teams and answers by pressing buttons (imBack: the label comes back as the
    /// message) and typing, up to "Remind me of my dates".</summary>
    private async Task TurnRemindersOnAsync()
    {
        var serviceUrl = _connector.Url("/amer/");
        var update = Activities.ConversationUpdate("msteams", serviceUrl, TestIds.TeamsConversationId, TestIds.TeamsUserId);
        update["recipient"] = new JsonObject { ["id"] = TestIds.TeamsBotId, ["name"] = "DisputeBot" };
        using (var response = await _host.PostAsync(update, ChannelToken(serviceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await PressAsync("No, it didn't");
        await PressAsync("Still on its way");
        await SayAsync("12 days left");
        Assert.True(Transcript().Contains("4 December 2026", StringComparison.Ordinal), Transcript());
        await SayAsync("2026-11-01");
        await PressAsync("PayPal");
        await SayAsync("30 October");
        await PressAsync("Not yet");
        await PressAsync("⏰ Remind me of my dates");
        Assert.True(Transcript().Contains("\nReminders are on.", StringComparison.Ordinal), Transcript());
        Assert.Empty(Proactive);
    }

    private async Task PressAsync(string label)
    {
        Assert.True(Buttons(Replies().Last(r => Buttons(r).Count > 0)).Contains(label), $"No button '{label}' in:{Transcript()}");
        await SayAsync(label);
    }

    private async Task SayAsync(string text)
    {
        var serviceUrl = _connector.Url("/amer/");
        using var response = await _host.PostAsync(TeamsMessage(text, serviceUrl), ChannelToken(serviceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A Teams message as Teams sends it from a buyer in New York.</summary>
    private JsonObject TeamsMessage(string text, string? serviceUrl)
    {
        var message = Activities.Teams(text, serviceUrl ?? "unused", $"teams-{Interlocked.Increment(ref _sequence)}");
        if (serviceUrl is null)
        {
            message.Remove("serviceUrl");
        }

        var local = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(BuyerZone));
        message["timestamp"] = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        message["localTimestamp"] = local.ToString("O", CultureInfo.InvariantCulture);
        message["localTimezone"] = BuyerZone;
        return message;
    }

    private string ChannelToken(string? serviceUrl)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _issuer.ChannelToken(TestIds.AppId, serviceUrl, notBefore: now.AddMinutes(-1), expires: now.AddMinutes(30));
    }

    /// <summary>Every activity the bot posted to the Connector, in order.</summary>
    private List<Activity> Replies() => _answered.Select(a => Read(a.Request)).ToList();

    /// <summary>The bot's messages so far, one a line, with their buttons.</summary>
    private string Transcript() =>
        string.Concat(Replies().Select(r => "\n" + r.Text + string.Concat(Buttons(r).Select(b => $" [{b}]"))));

    private static Activity Read(RecordedRequest request) => JsonSerializer.Deserialize(request.Body, BotFrameworkJson.Context.Activity)!;

    /// <summary>The labels of an activity's Teams buttons (hero cards with imBack).</summary>
    private static List<string> Buttons(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType)
            .SelectMany(a => a.Content!.Value.Deserialize(BotFrameworkJson.Context.HeroCard)!.Buttons)
            .Where(b => b.Type == "imBack")
            .Select(b => b.Title!)
            .ToList();

    /// <summary>The Connector: 200 with a resource id, except for proactive posts during an outage (500) or while a
    /// refusal is queued (that status, a 429 asking to wait a second).</summary>
    private async Task AnswerAsConnectorAsync(RecordedRequest request, Microsoft.AspNetCore.Http.HttpContext context)
    {
        var status = HttpStatusCode.OK;
        if (request.RawTarget.EndsWith("/activities", StringComparison.Ordinal))
        {
            if (_outage)
            {
                status = HttpStatusCode.InternalServerError;
            }
            else if (_refusals.TryDequeue(out var refusal))
            {
                status = refusal;
            }
        }

        _answered.Enqueue((request, _clock.GetUtcNow(), status));
        if (status == HttpStatusCode.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        await LocalHttpServer.Json(context, status, status == HttpStatusCode.OK ? """{"id":"sent-1"}""" : """{"error":{"code":"ServiceError"}}""");
    }

    /// <summary>Moves the pinned clock on in small steps (each back-off of the outbound pipeline passes) until the
    /// condition holds.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The send did not finish.");
            await Task.Delay(TimeSpan.FromMilliseconds(10));
            _clock.Advance(TimeSpan.FromMilliseconds(500));
        }
    }
}
