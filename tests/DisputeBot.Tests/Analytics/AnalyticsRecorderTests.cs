using System.Diagnostics.Metrics;
using DisputeBot.Analytics;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Hosting.Telemetry;
using DisputeBot.Tests.Infrastructure;
using DisputeBot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DisputeBot.Tests.Analytics;

/// <summary>Conversations through the real host's turn pipeline and dialog, counted per day in the store; a pinned
/// clock lets a day pass for abandonment. The writer's timer is left out: each test writes when it wants.</summary>
public sealed class AnalyticsRecorderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly WebApplicationFactory<Program> _host;
    private int _update;

    public AnalyticsRecorderTests()
    {
        _host = new TestHost(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" })
        {
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.RemoveAll<IHostedService>();
            },
        };
    }

    private static DateOnly Today => DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task Two_conversations_are_counted_by_channel_language_question_and_step_and_abandoned_a_day_later()
    {
        await SayAsync("telegram", "buyer-1", "/start", "where do i find the timer?");
        await SayAsync("webchat", "buyer-2", "my order is still in transit", "what should i do now?");
        var writer = _host.Services.GetRequiredService<AnalyticsWriter>();
        var store = _host.Services.GetRequiredService<IAnalyticsStore>();
        await writer.FlushAsync(default);

        var counts = Assert.Single(await store.ReadDaysAsync(Today, Today, default)).Counts;
        Assert.Equal(1, counts["started:telegram:en"]);
        Assert.Equal(1, counts["started:webchat:en"]);
        Assert.Equal(1, counts["faq:where_is_timer"]);
        Assert.Equal(1, counts["deflected"]);
        Assert.Equal(1, counts.Where(c => c.Key.StartsWith("problem_first:", StringComparison.Ordinal)).Sum(c => c.Value));
        Assert.Equal(1, counts["not_understood"]);
        Assert.Equal("what should i do now?", Assert.Single(await store.ReadNotUnderstoodAsync(Today, Today, default)).Text);
        Assert.DoesNotContain(counts.Keys, k => k.StartsWith("abandoned", StringComparison.Ordinal));

        _clock.Advance(TimeSpan.FromHours(25));
        await writer.FlushAsync(default);

        counts = Assert.Single(await store.ReadDaysAsync(Today, Today, default)).Counts;
        Assert.Equal(1, counts["abandoned:AskArrival"]);
        Assert.Equal(1, counts["abandoned:AskTimer"]);
        await writer.FlushAsync(default);
        Assert.Equal(2, Assert.Single(await store.ReadDaysAsync(Today, Today, default)).Counts.Where(c => c.Key.StartsWith("abandoned", StringComparison.Ordinal)).Sum(c => c.Value));
    }

    [Fact]
    public async Task The_same_events_and_the_abandonment_are_exported_as_OpenTelemetry_metrics()
    {
        var meters = _host.Services.GetRequiredService<IMeterFactory>();
        using var events = new MetricCollector<long>(meters, DisputeBotTelemetry.Name, "disputebot.dialog.events");
        using var abandoned = new MetricCollector<long>(meters, DisputeBotTelemetry.Name, "disputebot.conversations.abandoned");

        await SayAsync("telegram", "buyer-3", "/start", "where do i find the timer?");
        await SayAsync("webchat", "buyer-4", "my order is still in transit", "what should i do now?");

        var measured = events.GetMeasurementSnapshot();
        Assert.Contains(measured, m => Equals(m.Tags["channel"], "telegram") && Equals(m.Tags["kind"], nameof(DialogEventKind.ConversationStarted)));
        Assert.Contains(measured, m => Equals(m.Tags["kind"], nameof(DialogEventKind.FaqAnswered)) && Equals(m.Tags["key"], "where_is_timer"));

        // No personal data: neither the conversation nor the words the bot did not understand.
        Assert.Contains(measured, m => Equals(m.Tags["channel"], "webchat") && Equals(m.Tags["kind"], nameof(DialogEventKind.NotUnderstood)) && m.Tags["key"] is null);
        var tags = string.Join(",", measured.SelectMany(m => m.Tags.Values));
        Assert.DoesNotContain("buyer-", tags, StringComparison.Ordinal);
        Assert.DoesNotContain("what should i do", tags, StringComparison.Ordinal);
        Assert.Empty(abandoned.GetMeasurementSnapshot());

        var writer = _host.Services.GetRequiredService<AnalyticsWriter>();
        await writer.FlushAsync(default);
        _clock.Advance(TimeSpan.FromHours(25));
        await writer.FlushAsync(default);

        var steps = abandoned.GetMeasurementSnapshot();
        Assert.Equal(["AskArrival", "AskTimer"], steps.Select(m => (string)m.Tags["step"]!).Order(StringComparer.Ordinal));
        Assert.All(steps, m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public void A_message_not_understood_is_kept_without_its_e_mail_and_numbers()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions()));
        recorder.TurnSaved(new ConversationKey("telegram", "1"), Result(new DialogEvent(DialogEventKind.NotUnderstood, "mail me at a.b@example.com about 1234567890")), Start);

        var batch = recorder.TakeBatch();

        Assert.Equal("mail me at [email] about [number]", Assert.Single(batch.Texts).Text);
        Assert.Contains(new CounterChange(Today, "not_understood", 1), batch.Counters);
    }

    [Fact]
    public void With_texts_switched_off_a_message_not_understood_is_only_counted()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions { KeepNotUnderstoodTexts = false }));
        recorder.TurnSaved(new ConversationKey("telegram", "1"), Result(new DialogEvent(DialogEventKind.NotUnderstood, "what now")), Start);

        var batch = recorder.TakeBatch();

        Assert.Empty(batch.Texts);
        Assert.Contains(new CounterChange(Today, "not_understood", 1), batch.Counters);
    }

    [Fact]
    public void The_abandonment_watch_holds_a_hash_of_the_conversation_not_its_ids()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions()));
        recorder.TurnSaved(new ConversationKey("telegram", "555123"), Result(), Start);

        var watched = Assert.Single(recorder.TakeBatch().Activity);

        Assert.DoesNotContain("555123", watched.Id, StringComparison.Ordinal);
        Assert.Equal(24, watched.Id.Length);
    }

    [Fact]
    public void A_conversation_with_many_turns_between_two_writes_is_watched_once_at_its_last_step()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions()));
        var key = new ConversationKey("telegram", "555123");
        recorder.TurnSaved(key, Result(), Start);
        recorder.TurnSaved(key, Result(step: "AskPayment"), Start.AddMinutes(1));

        var watched = Assert.Single(recorder.TakeBatch().Activity);

        Assert.Equal(AnalyticsRecorder.IdOf(key), watched.Id);
        Assert.Equal("AskPayment", watched.Step);
        Assert.Equal(Start.AddMinutes(1), watched.LastActivity);
    }

    [Fact]
    public void A_batch_put_back_after_a_failed_write_gives_way_to_what_the_conversation_did_since()
    {
        var recorder = new AnalyticsRecorder(Options.Create(new AnalyticsOptions()));
        var key = new ConversationKey("telegram", "555123");
        var other = new ConversationKey("telegram", "777");
        recorder.TurnSaved(key, Result(), Start);
        recorder.TurnSaved(other, Result(), Start);
        var refused = recorder.TakeBatch();
        recorder.TurnSaved(key, Result(step: "AskPayment"), Start.AddMinutes(5));

        recorder.Restore(refused);
        var batch = recorder.TakeBatch();

        Assert.Equal(2, batch.Activity.Count);
        Assert.Equal("AskPayment", batch.Activity.Single(a => a.Id == AnalyticsRecorder.IdOf(key)).Step);
        Assert.Equal("AskTimer", batch.Activity.Single(a => a.Id == AnalyticsRecorder.IdOf(other)).Step);
        Assert.Empty(recorder.TakeBatch().Activity);
    }

    private static DialogResult Result(params DialogEvent[] events) => Result("AskTimer", events);

    private static DialogResult Result(string step, params DialogEvent[] events) =>
        new(System.Text.Json.JsonSerializer.Deserialize($$"""{"s":"{{step}}"}""", DialogJsonContext.Default.DialogState)!, []) { Events = events };

    private async Task SayAsync(string channel, string conversation, params string[] texts)
    {
        var pipeline = _host.Services.GetRequiredService<TurnPipeline>();
        foreach (var text in texts)
        {
            var turn = new Turn($"u{++_update}", "buyer", "en-GB", new TextInput(text));
            var result = await pipeline.RunAsync(new ConversationKey(channel, conversation), turn, null, default);
            Assert.Equal(TurnOutcome.Answered, result.Outcome);
        }
    }

    public void Dispose() => _host.Dispose();
}
