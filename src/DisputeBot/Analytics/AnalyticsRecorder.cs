using System.Security.Cryptography;
using System.Text;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Hosting.Telemetry;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Analytics;

/// <summary>
/// Watches every saved turn: counts its dialog events per day (and as OpenTelemetry metrics at once), keeps the
/// cleaned text of a message not understood, and notes where the conversation stands. All of it is held in memory
/// until <see cref="AnalyticsWriter"/> takes it (<see cref="TakeBatch"/>), so a turn waits on no extra store call.
/// </summary>
public sealed class AnalyticsRecorder(IOptions<AnalyticsOptions> options, DisputeBotTelemetry? telemetry = null) : ITurnObserver
{
    /// <summary>Most texts held between writes; more in a burst are only counted.</summary>
    private const int MaxPendingTexts = 1000;

    private readonly bool _keepTexts = options.Value.KeepNotUnderstoodTexts;
    private readonly Lock _gate = new();
    private Dictionary<(DateOnly Day, string Field), long> _counters = [];
    private List<NotUnderstoodText> _texts = [];

    /// <summary>Where each conversation stands, by its key: hashed into <see cref="ConversationActivity.Id"/> once per
    /// batch, not at every turn (a busy conversation has many turns between two writes).</summary>
    private Dictionary<ConversationKey, Standing> _activity = [];

    /// <summary>Standings of a batch the store refused, kept for the next one.</summary>
    private Dictionary<string, ConversationActivity> _restored = new(StringComparer.Ordinal);

    public void TurnSaved(ConversationKey key, DialogResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var finished = (result.State.Reached & (Milestones.SummaryReached | Milestones.HandoffAsked)) != 0;

        lock (_gate)
        {
            foreach (var e in result.Events)
            {
                if (e.Kind == DialogEventKind.ConversationStarted)
                {
                    Add(day, CounterFields.StartedOn(key.Channel, e.Key ?? result.State.Language), 1);
                }
                else if (CounterFields.For(e) is var (field, delta))
                {
                    Add(day, field, delta);
                }

                if (e.Kind == DialogEventKind.NotUnderstood && _keepTexts && e.Key is { } text && _texts.Count < MaxPendingTexts
                    && PersonalDataRedactor.Redact(text) is { Length: > 0 } cleaned)
                {
                    _texts.Add(new NotUnderstoodText(now, cleaned));
                }
            }

            if (result.State.Step != DialogStep.New)
            {
                _activity[key] = new Standing(now, result.State.Step, finished);
            }
        }

        if (telemetry is not null)
        {
            foreach (var e in result.Events)
            {
                telemetry.DialogEvent(key.Channel, e.Kind.ToString(), e.Kind == DialogEventKind.NotUnderstood ? null : e.Key);
            }
        }
    }

    /// <summary>Everything noted since the last call; the recorder starts afresh.</summary>
    public AnalyticsBatch TakeBatch()
    {
        Dictionary<(DateOnly Day, string Field), long> counters;
        List<NotUnderstoodText> texts;
        Dictionary<ConversationKey, Standing> activity;
        Dictionary<string, ConversationActivity> restored;
        lock (_gate)
        {
            if (_counters.Count == 0 && _texts.Count == 0 && _activity.Count == 0 && _restored.Count == 0)
            {
                return AnalyticsBatch.Empty;
            }

            (counters, texts, activity, restored) = (_counters, _texts, _activity, _restored);
            _counters = [];
            _texts = [];
            _activity = [];
            _restored = new(StringComparer.Ordinal);
        }

        // Hashed outside the lock that every turn takes.
        var watched = new Dictionary<string, ConversationActivity>(activity.Count + restored.Count, StringComparer.Ordinal);
        foreach (var (key, standing) in activity)
        {
            var id = IdOf(key);
            watched[id] = new ConversationActivity(id, standing.LastActivity, standing.Step.ToString(), standing.Finished);
        }

        foreach (var (id, older) in restored)
        {
            watched.TryAdd(id, older);
        }

        return new AnalyticsBatch(
            counters.Select(c => new CounterChange(c.Key.Day, c.Key.Field, c.Value)).Where(c => c.Delta != 0).ToArray(),
            texts,
            [.. watched.Values]);
    }

    /// <summary>Puts back a batch the store could not take, so nothing is lost to a short outage (newer activity wins).</summary>
    public void Restore(AnalyticsBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_gate)
        {
            foreach (var c in batch.Counters)
            {
                Add(c.Day, c.Field, c.Delta);
            }

            _texts.InsertRange(0, batch.Texts.Take(Math.Max(0, MaxPendingTexts - _texts.Count)));
            foreach (var a in batch.Activity)
            {
                _restored.TryAdd(a.Id, a);
            }
        }
    }

    /// <summary>A one-way hash of the conversation's key: the abandonment watch needs no channel ids.</summary>
    public static string IdOf(ConversationKey key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Channel + "/" + key.ConversationId)).AsSpan(0, 12));

    private readonly record struct Standing(DateTimeOffset LastActivity, DialogStep Step, bool Finished);

    private void Add(DateOnly day, string field, long delta)
    {
        var k = (day, field);
        _counters[k] = _counters.GetValueOrDefault(k) + delta;
    }
}
