using System.Collections.Concurrent;

namespace DisputeBot.LoadTest.Load;

/// <summary>Errors by kind ("http 500", "timeout", "no reply", ...), counted from any worker.</summary>
internal sealed class ErrorTally
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long Total => _counts.Values.Sum();

    public void Add(string kind) => _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public IReadOnlyList<KeyValuePair<string, long>> ByKind() => [.. _counts.OrderByDescending(p => p.Value)];

    public override string ToString() => Total == 0 ? "0" : $"{Total} ({string.Join(", ", ByKind().Select(p => $"{p.Key}: {p.Value}"))})";
}
