using DisputeBot.LoadTest.Redis;

namespace DisputeBot.LoadTest.Runs;

/// <summary>Stored bytes per conversation: the serialized state, and what Redis spends on the key in all.</summary>
internal sealed record StateSize(int Keys, double AveragePayload, int MaxPayload, double AverageMemoryUsage)
{
    public static StateSize Of(IReadOnlyList<StoredConversation> stored) => stored.Count == 0
        ? new StateSize(0, double.NaN, 0, double.NaN)
        : new StateSize(stored.Count, stored.Average(s => s.PayloadBytes), stored.Max(s => s.PayloadBytes), stored.Average(s => s.MemoryUsageBytes));

    public override string ToString() => Keys == 0 ? "-" : $"{AveragePayload:0} avg / {MaxPayload} max (Redis {AverageMemoryUsage:0})";
}
