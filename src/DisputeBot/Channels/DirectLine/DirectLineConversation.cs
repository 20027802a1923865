using System.Globalization;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// One Direct Line conversation in memory: a bounded log of activities, numbered in order, that clients read from a
/// watermark (by polling or over a stream), and a gate that runs one post at a time so turns keep their order.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int capacity, DateTimeOffset now)
{
    private readonly Lock _sync = new();
    private readonly Queue<Activity> _log = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _nextSequence;
    private long _lastTouchedTicks = now.UtcTicks;
    private int _streams;

    public string Id { get; } = id;

    /// <summary>The user the conversation's tokens name.</summary>
    public string UserId { get; } = userId;

    /// <summary>Held while a post is handled: posts to one conversation run one after another.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>True once the conversation was started (and the bot greeted the user).</summary>
    public bool Started { get; private set; }

    public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool TryStart()
    {
        lock (_sync)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    /// <summary>Gives the activity the next id (<c>{conversationId}|{seq:0000000}</c>) and the time, appends it and
    /// wakes every reader.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        AppendRange([activity], now);
        return activity;
    }

    /// <summary>Appends several activities at once (a turn's replies), so readers get them together.</summary>
    public void AppendRange(IReadOnlyList<Activity> activities, DateTimeOffset now)
    {
        if (activities.Count == 0)
        {
            return;
        }

        TaskCompletionSource changed;
        lock (_sync)
        {
            foreach (var activity in activities)
            {
                activity.Id = FormatId(_nextSequence++);
                activity.Timestamp = now;
                _log.Enqueue(activity);
            }

            while (_log.Count > capacity)
            {
                _log.Dequeue();
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    /// <summary>The activities after <paramref name="watermark"/> (all retained ones when null) and the watermark to
    /// read from next time (the last activity's number; null while the log is empty and the caller named none).</summary>
    public (IReadOnlyList<Activity> Activities, long? Watermark) ReadAfter(long? watermark)
    {
        lock (_sync)
        {
            var head = _nextSequence - 1;
            var first = _nextSequence - _log.Count;
            var from = watermark is { } seen ? Math.Max(seen + 1, first) : first;
            var list = new List<Activity>((int)Math.Max(0, _nextSequence - from));
            var index = first;
            foreach (var activity in _log)
            {
                if (index++ >= from)
                {
                    list.Add(activity);
                }
            }

            return (list, head >= 0 ? head : watermark);
        }
    }

    /// <summary>The id the log gave to an earlier post carrying <paramref name="clientActivityId"/>, if it still holds it
    /// (a client retrying a post it thinks failed gets the original id, not a second turn).</summary>
    public string? FindByClientActivityId(string clientActivityId)
    {
        lock (_sync)
        {
            foreach (var activity in _log)
            {
                if (DirectLineActivities.ClientActivityId(activity) == clientActivityId && activity.From?.Id == UserId)
                {
                    return activity.Id;
                }
            }

            return null;
        }
    }

    /// <summary>Completes when something is appended after this call.</summary>
    public Task WaitForChangeAsync()
    {
        lock (_sync)
        {
            return _changed.Task;
        }
    }

    public bool TryOpenStream(int limit)
    {
        lock (_sync)
        {
            if (_streams >= limit)
            {
                return false;
            }

            _streams++;
            return true;
        }
    }

    public void CloseStream()
    {
        lock (_sync)
        {
            _streams--;
        }
    }

    private string FormatId(long sequence) => Id + "|" + sequence.ToString("0000000", CultureInfo.InvariantCulture);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
