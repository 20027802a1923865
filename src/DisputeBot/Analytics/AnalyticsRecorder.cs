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
    private Dictionary<string, ConversationActivity> _activity = new(StringComparer.Ordinal);

    public void TurnSaved(ConversationKey key, DialogResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var finished = (result.State.Reached & (Milestones.SummaryReached | Milestones.HandoffAsked)) != 0;

        // Hashed before taking the lock every turn of every channel goes through: under load, threads queued on it.
        var activity = result.State.Step == DialogStep.New ? null : new ConversationActivity(IdOf(key), now, result.State.Step.ToString(), finished);
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

            if (activity is not null)
            {
                _activity[activity.Id] = activity;
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
        lock (_gate)
        {
            if (_counters.Count == 0 && _texts.Count == 0 && _activity.Count == 0)
            {
                return AnalyticsBatch.Empty;
            }

            var batch = new AnalyticsBatch(
                _counters.Select(c => new CounterChange(c.Key.Day, c.Key.Field, c.Value)).Where(c => c.Delta != 0).ToArray(),
                _texts,
                [.. _activity.Values]);
            _counters = [];
            _texts = [];
            _activity = new(StringComparer.Ordinal);
            return batch;
        }
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
                _activity.TryAdd(a.Id, a);
            }
        }
    }

    /// <summary>A one-way hash of the conversation's key: the abandonment watch needs no channel ids.</summary>
    public static string IdOf(ConversationKey key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Channel + "/" + key.ConversationId)).AsSpan(0, 12));

    private void Add(DateOnly day, string field, long delta)
    {
        var k = (day, field);
        _counters[k] = _counters.GetValueOrDefault(k) + delta;
    }
}
