using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DisputeBot.Hosting.Telemetry;

/// <summary>
/// The bot's own spans and instruments (one source and one meter, both named <see cref="Name"/>). Tags carry channels,
/// outcomes and targets only: no user, chat or conversation ids.
/// </summary>
public sealed class DisputeBotTelemetry : IDisposable
{
    public const string Name = "DisputeBot";

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _storeDuration;
    private readonly Counter<long> _conflicts;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _outboundCalls;
    private readonly UpDownCounter<long> _outboxDepth;
    private readonly Counter<long> _dialogEvents;
    private readonly Counter<long> _abandoned;

    public DisputeBotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        _turns = _meter.CreateCounter<long>("disputebot.turns", "{turn}", "Turns run, by channel and outcome.");
        _turnDuration = _meter.CreateHistogram<double>("disputebot.turn.duration", "s", "Time from load to save of one turn.");
        _storeDuration = _meter.CreateHistogram<double>("disputebot.store.duration", "s", "State store calls, by operation.");
        _conflicts = _meter.CreateCounter<long>("disputebot.store.conflicts", "{conflict}", "Saves refused because the ETag moved.");
        _duplicates = _meter.CreateCounter<long>("disputebot.turns.duplicates", "{update}", "Redelivered updates recognised and skipped.");
        _outboundCalls = _meter.CreateCounter<long>("disputebot.outbound.calls", "{call}", "Calls to channel APIs, by target and outcome.");
        _dialogEvents = _meter.CreateCounter<long>("disputebot.dialog.events", "{event}", "What conversations did, by channel, kind (conversation started, FAQ answered, warning shown, ...) and the content id it was about.");
        _abandoned = _meter.CreateCounter<long>("disputebot.conversations.abandoned", "{conversation}", "Conversations idle for 24 hours short of their summary, by the step they stopped at.");
        _outboxDepth = _meter.CreateUpDownCounter<long>("disputebot.outbox.depth", "{reply}", "Replies saved but not yet sent, as this instance saw them saved and sent (summed over instances: the depth).");
    }

    /// <summary>Spans of the bot's own work (a turn); HTTP and Redis spans come from their instrumentation.</summary>
    public static ActivitySource Source { get; } = new(Name);

    public static Activity? StartTurn(string channel)
    {
        var activity = Source.StartActivity("turn");
        activity?.SetTag("disputebot.channel", channel);
        return activity;
    }

    public void TurnEnded(string channel, string outcome, TimeSpan elapsed, Activity? activity)
    {
        var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalSeconds, tags);
        activity?.SetTag("disputebot.outcome", outcome);
    }

    public void StoreCall(string operation, TimeSpan elapsed) => _storeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    public void Conflict(string channel) => _conflicts.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Duplicate(string channel) => _duplicates.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void OutboundCall(string target, bool succeeded) => _outboundCalls.Add(
        1,
        new KeyValuePair<string, object?>("target", target),
        new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));

    public void OutboxChanged(long delta) => _outboxDepth.Add(delta);

    /// <param name="key">A content id (FAQ entry, warning, category, item, language), never a user's words.</param>
    public void DialogEvent(string channel, string kind, string? key) => _dialogEvents.Add(
        1,
        new KeyValuePair<string, object?>("channel", channel),
        new KeyValuePair<string, object?>("kind", kind),
        new KeyValuePair<string, object?>("key", key));

    public void Abandoned(string step) => _abandoned.Add(1, new KeyValuePair<string, object?>("step", step));

    public void Dispose() => _meter.Dispose();
}
